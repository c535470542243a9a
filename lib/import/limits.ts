/** The largest uploaded file the importer converts (a Word file carries its images); the admin form checks it first. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
