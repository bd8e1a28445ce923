// The key saved by `factify login`: a JSON file in the user's config directory, readable by its
// owner only (file 0600 in a 0700 directory), written to a temporary name and renamed so that a
// crash never leaves half a file. The key itself is never printed.
import { chmod, mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

/** What is stored. */
export interface StoredCredentials {
  api_key: string;
  /** The server the key was saved for, when it is not the default. */
  server_url?: string;
}

/** `$XDG_CONFIG_HOME/factify`, else `~/.config/factify`. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  // The XDG spec says a relative value is invalid and must be ignored.
  const base = env.XDG_CONFIG_HOME?.startsWith("/") ? env.XDG_CONFIG_HOME : join(homedir(), ".config");
  return join(base, "factify");
}

/** Path of the credentials file. */
export function credentialsPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), "credentials.json");
}

/** Reads the saved credentials; undefined when there are none (or the file is not ours to read). */
export async function loadCredentials(env: NodeJS.ProcessEnv = process.env): Promise<StoredCredentials | undefined> {
  let text: string;
  try {
    text = await readFile(credentialsPath(env), "utf8");
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Partial<StoredCredentials>;
    return typeof value.api_key === "string" && value.api_key ? (value as StoredCredentials) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves credentials with owner-only permissions; returns the file's path. */
export async function saveCredentials(credentials: StoredCredentials, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const dir = configDir(env);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode does not change a directory that already exists.
  await chmod(dir, 0o700);
  const file = credentialsPath(env);
  const temp = `${file}.${process.pid}.tmp`;
  // Created with 0600 from the start: never readable by others, not even for a moment.
  const handle = await open(temp, "w", 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(credentials, null, 2)}\n`);
    await handle.chmod(0o600);
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  return file;
}

/** Removes saved credentials; resolves to whether there were any. */
export async function removeCredentials(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const file = credentialsPath(env);
  const existed = await stat(file).then(
    () => true,
    () => false,
  );
  await rm(file, { force: true });
  return existed;
}
