/** The site's name, after each page's own title. */
export const SITE_NAME = 'Kazakhstan 2019 · ODIHR Election Observation Report';
