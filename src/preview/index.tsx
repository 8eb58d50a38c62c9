// PLACEHOLDER from the infrastructure helper so webpack has an entry; the preview helper replaces this file.
export {};
