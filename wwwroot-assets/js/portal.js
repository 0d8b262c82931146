// Small browser helpers the Blazor components call; loaded from this origin only (the CSP allows no inline script).
window.policyPortal = {
  copyText: async function (text) {
    await navigator.clipboard.writeText(text);
    return true;
  },
  // The import box's text as a Blob, which Blazor streams to the server in chunks: sent as one SignalR message, a paste
  // of more than 32 KB would close the circuit.
  textOf: function (element) {
    return new Blob([element.value], { type: "application/json" });
  },
  // The theme the admin chose, for every page after this one, the static error pages too (ThemeCookie.cs reads it).
  rememberTheme: function (dark) {
    const secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `pp-theme=${dark ? "dark" : "light"}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
  },
  download: function (fileName, text, mimeType) {
    const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  },
  // Typing the server has not stored yet survives a crash or restart: each keystroke in a field marked data-keep is
  // kept in this tab's sessionStorage, per draft, until a save's fingerprints (see TypedTextFingerprints.cs) show the
  // server has that text. When the draft opens again, what is still kept is typed back into its fields (and so saved),
  // but only onto the version this tab last saw: if another tab saved since, keep() reports it and the page asks.
  unsent: {
    _draftId: null,
    keep: async function (draftId, version, stepSelector) {
      const kept = this._read(draftId);
      this._draftId = draftId;
      if (!this._listening) {
        this._listening = true;
        window.addEventListener("input", event => this._typed(event));
      }
      const waiting = Object.keys(kept.fields).length;
      if (waiting > 0 && kept.version && kept.version !== version) {
        return waiting;
      }
      // The stepper shows the step the draft opens at one render after the page's own: restoring before its fields
      // exist would drop what was typed there.
      await this._present(stepSelector);
      this.restore(draftId);
      return 0;
    },
    restore: function (draftId) {
      const kept = this._read(draftId);
      for (const [path, value] of Object.entries(kept.fields)) {
        const field = this._field(path);
        if (field && field.value !== value) {
          field.value = value;
          field.dispatchEvent(new Event("input", { bubbles: true }));
          field.dispatchEvent(new Event("change", { bubbles: true }));
        }
      }
      // What has no field on this step is not typed into another one later; the typed-back text is kept afresh.
      kept.fields = Object.fromEntries(Object.entries(kept.fields).filter(([path]) => this._field(path)));
      this._write(draftId, kept);
    },
    forget: function (draftId) {
      sessionStorage.removeItem("policyPortal.unsent." + draftId);
    },
    saved: function (draftId, version, fingerprints) {
      const stored = new Set(fingerprints);
      const kept = this._read(draftId);
      for (const [path, value] of Object.entries(kept.fields)) {
        if (stored.has(this.fingerprint(value))) {
          delete kept.fields[path];
        }
      }
      kept.version = version;
      this._write(draftId, kept);
    },
    // FNV-1a over UTF-16 code units, as TypedTextFingerprints.Of computes it.
    fingerprint: function (text) {
      let hash = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      return hash >>> 0;
    },
    _present: function (selector) {
      return new Promise(resolve => {
        if (!selector || document.querySelector(selector)) {
          resolve();
          return;
        }
        const done = () => { observer.disconnect(); clearTimeout(timer); resolve(); };
        const observer = new MutationObserver(() => { if (document.querySelector(selector)) done(); });
        const timer = setTimeout(done, 5000);
        observer.observe(document.body, { childList: true, subtree: true });
      });
    },
    _field: function (path) {
      return document.querySelector(`[data-keep="${CSS.escape(path)}"]`);
    },
    _typed: function (event) {
      const path = event.target && event.target.getAttribute && event.target.getAttribute("data-keep");
      if (path && this._draftId) {
        const kept = this._read(this._draftId);
        kept.fields[path] = event.target.value;
        this._write(this._draftId, kept);
      }
    },
    _read: function (draftId) {
      try {
        const kept = JSON.parse(sessionStorage.getItem("policyPortal.unsent." + draftId) || "{}");
        return { version: kept.version || null, fields: kept.fields || {} };
      } catch {
        return { version: null, fields: {} };
      }
    },
    _write: function (draftId, kept) {
      sessionStorage.setItem("policyPortal.unsent." + draftId, JSON.stringify(kept));
    }
  }
};
