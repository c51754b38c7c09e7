/**
 * The versions a cached run summary depends on besides the settings: this tool's (how it reads and sums) and the
 * price catalogue's (what it charges). Imported as JSON so that ncc compiles them into the bundle; genai-prices
 * does not export its package.json, hence the path into node_modules.
 */
import packageJson from '../package.json' with { type: 'json' }
import pricesPackageJson from '../node_modules/@pydantic/genai-prices/package.json' with { type: 'json' }

/** This tool's version (package.json). */
export const TOOL_VERSION: string = packageJson.version
/** The price catalogue compiled in, as `@pydantic/genai-prices@<version>`. */
export const PRICE_CATALOGUE_VERSION = `${pricesPackageJson.name}@${pricesPackageJson.version}`
