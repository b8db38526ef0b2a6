/** Reads a small JSON file of the index-data folder (manifest, fact review), naming the file when it is not JSON. */
export function parseJsonFile(json: string, where: string): unknown {
  try {
    return JSON.parse(json);
  } catch (err) {
    throw new Error(`${where} is not valid JSON: ${(err as Error).message}`);
  }
}
