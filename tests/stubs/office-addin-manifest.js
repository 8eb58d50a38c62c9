// Stub for office-addin-mock under jest on Node 20: the mock only needs this enum (docs/office.md §6).
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
