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
  // kept in this tab's sessionStorage, per draft, until a save's fingerprints (see UnsentTyping.cs) show the server has
  // that text; when the draft opens again, what is still kept is typed back into its fields (and so saved).
  unsent: {
    _draftId: null,
    keep: function (draftId) {
      const kept = this._read(draftId);
      for (const [path, value] of Object.entries(kept)) {
        const field = document.querySelector(`[data-keep="${CSS.escape(path)}"]`);
        if (field && field.value !== value) {
          field.value = value;
          field.dispatchEvent(new Event("input", { bubbles: true }));
          field.dispatchEvent(new Event("change", { bubbles: true }));
        }
      }
      // What has no field on this step is not typed into another one later; the typed-back text is kept afresh.
      this._draftId = draftId;
      this._write(draftId, Object.fromEntries(Object.entries(kept).filter(([path]) => document.querySelector(`[data-keep="${CSS.escape(path)}"]`))));
      if (!this._listening) {
        this._listening = true;
        window.addEventListener("input", event => this._typed(event));
      }
    },
    saved: function (draftId, fingerprints) {
      const stored = new Set(fingerprints);
      const kept = this._read(draftId);
      for (const [path, value] of Object.entries(kept)) {
        if (stored.has(this.fingerprint(value))) {
          delete kept[path];
        }
      }
      this._write(draftId, kept);
    },
    // FNV-1a over UTF-16 code units, as UnsentTyping.Fingerprint computes it.
    fingerprint: function (text) {
      let hash = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      return hash >>> 0;
    },
    _typed: function (event) {
      const path = event.target && event.target.getAttribute && event.target.getAttribute("data-keep");
      if (path && this._draftId) {
        const kept = this._read(this._draftId);
        kept[path] = event.target.value;
        this._write(this._draftId, kept);
      }
    },
    _read: function (draftId) {
      try {
        return JSON.parse(sessionStorage.getItem("policyPortal.unsent." + draftId) || "{}");
      } catch {
        return {};
      }
    },
    _write: function (draftId, kept) {
      const key = "policyPortal.unsent." + draftId;
      if (Object.keys(kept).length === 0) {
        sessionStorage.removeItem(key);
      } else {
        sessionStorage.setItem(key, JSON.stringify(kept));
      }
    }
  }
};
