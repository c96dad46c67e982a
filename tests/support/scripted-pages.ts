/**
 * Pages that run JavaScript on purpose (islands); every other page must ship none. In a file
 * of its own without imports, so that scripts/bench.mjs can import it on the project's Node.
 */
export const PAGES_WITH_SCRIPTS = ['/sok/', '/hva-er-viktig-for-deg/', '/for-ansatte/', '/for-ansatte/sett-sammen/', '/brosjyrer/samle/', '/en/search/', '/en/what-matters-to-you/'];
