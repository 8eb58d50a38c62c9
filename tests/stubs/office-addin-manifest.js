// Stub for office-addin-mock under jest on Node 20: the mock only needs this enum (OFFICE-NOTES §3).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
