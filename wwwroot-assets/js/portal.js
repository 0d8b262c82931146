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
  }
};
