// Kept only while SystemForm.svelte (being reworked elsewhere) still imports
// from here: everything else imports from '.' (index.ts). Delete with that import.
export * from '.';
