// The Factify demo: a contract's first day, against a local emulator on a loopback port.
// The owner uploads a PDF, shares it with a colleague, an outsider asks for access and is approved,
// then the owner pages through the account's documents and reads the contract's timeline.
import { serve } from "@factify/mock-server/node";
import { type Document, Factify, NotFoundError } from "@factify/sdk";
import { samplePdf } from "@factify/mock-server";
import { describeError, heading, line, when } from "./print";

const TITLE = "Master Services Agreement";

async function waitUntilProcessed(factify: Factify, documentId: string): Promise<Document> {
  for (;;) {
    const { document } = await factify.documents.get({ document_id: documentId });
    if (document.processing_status !== "processing") return document;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function run(serverURL: string, tokens: { owner: string; outsider: string }): Promise<void> {
  // Two people, two clients: what each may do is decided by the API, not by this program.
  const owner = new Factify({ serverURL, bearerAuth: tokens.owner });
  const outsider = new Factify({ serverURL, bearerAuth: tokens.outsider });

  heading("Upload the contract");
  const pdf = samplePdf(TITLE);
  const { document: uploaded } = await owner.documents.create({
    payload: new Blob([pdf], { type: "application/pdf" }),
    title: TITLE,
    description: "MSA between Acme Corporation and Globex Inc, draft for review",
    access_level: "private",
  });
  line(`uploaded ${uploaded.id} "${uploaded.title}" (${pdf.length} bytes of PDF), status ${uploaded.processing_status}`);
  const ready = await waitUntilProcessed(owner, uploaded.id);
  line(`processing finished: ${ready.processing_status}, current version ${ready.current_version?.id}`);

  heading("Share it with a colleague");
  const grant = await owner.sharing.grant({
    document_id: uploaded.id,
    recipients: [{ recipient: "mia@acme.example", role: "viewer" }],
    custom_message: "Please have a look before Friday",
  });
  line(`granted viewer to mia@acme.example: ${grant.successful} of ${grant.total} succeeded`);

  heading("An outsider asks for access");
  try {
    await outsider.documents.get({ document_id: uploaded.id });
    line("unexpected: the outsider could already read it");
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    line(`Oscar from Globex cannot see it yet: ${error.status} ${error.code} (request ${error.requestId})`);
  }
  const { access_request } = await outsider.accessRequests.create({
    document_id: uploaded.id,
    permission: "view",
    message: "Our legal team needs to review the MSA",
  });
  line(`access request ${access_request.id}: ${access_request.permission}, ${access_request.request_status}, from ${access_request.subject.name}`);

  heading("The owner handles the request");
  const pending = await owner.accessRequests.list({ document_id: uploaded.id });
  for (const request of pending.items ?? []) {
    line(`pending: ${request.id} from ${request.subject_email ?? request.subject.name} asking to ${request.permission}: "${request.message ?? ""}"`);
    const { access_request: decided } = await owner.accessRequests.approve({ document_id: uploaded.id, access_request_id: request.id });
    line(`approved ${decided.id}: status ${decided.request_status}`);
  }
  const { document: seenByOutsider } = await outsider.documents.get({ document_id: uploaded.id });
  line(`Oscar can now open "${seenByOutsider.title}" (view: ${seenByOutsider.permission_set?.view}, export: ${seenByOutsider.permission_set?.export})`);
  const { recipients } = await owner.sharing.list({ document_id: uploaded.id });
  line(`who has access: ${(recipients ?? []).map((r) => `${r.name} (${r.document_role})`).join(", ")}`);

  heading("Page through the owner's documents, two per page");
  let page = await owner.documents.list({ page_size: 2 });
  let pageNumber = 0;
  while (page) {
    pageNumber += 1;
    line(`page ${pageNumber}: ${page.items.map((d) => `"${d.title}" [${d.source_format}]`).join(", ")}`);
    page = (await page.next())!;
  }

  heading(`Timeline of "${TITLE}"`);
  const names = new Map((recipients ?? []).map((r) => [r.id, r.name ?? r.id]));
  const { events } = await owner.timelines.get({ document_id: uploaded.id, page_size: 50 });
  for (const event of [...(events ?? [])].reverse()) {
    line(`${when(event.occurred_at)}  ${(event.event_type ?? "").padEnd(29)} ${describePayload(event.payload ?? {}, names)}`);
  }
}

// The payload is free-form JSON; show it as "key: value" pairs with known ids replaced by names.
function describePayload(payload: Record<string, unknown>, names: Map<string, string>): string {
  const { actor_id, ...rest } = payload;
  const details = Object.entries(rest)
    .filter(([, value]) => typeof value === "string" || typeof value === "number")
    .map(([key, value]) => `${key.replace(/_id$/, "")}: ${names.get(String(value)) ?? value}`);
  const by = typeof actor_id === "string" ? `by ${names.get(actor_id) ?? actor_id}` : "";
  return [by, ...details].filter(Boolean).join(", ");
}

async function main(): Promise<number> {
  console.log("Factify demo: a contract workflow against the local emulator");
  const server = await serve({ port: 0, host: "127.0.0.1" });
  console.log(`emulator listening on ${server.url} (demo organization: Acme Corporation)`);
  // To see how failures look, FACTIFY_MOCK_FAULTS='[{"kind":"status","status":500,"method":"POST"}]' pnpm demo
  for (const fault of JSON.parse(process.env.FACTIFY_MOCK_FAULTS || "[]")) server.mock.faults.inject(fault);
  try {
    await run(server.url, { owner: server.mock.tokens.owner, outsider: server.mock.tokens.outsider });
    console.log("\nDone: the contract was uploaded, shared, requested, approved and traced.");
    return 0;
  } catch (error) {
    console.error(`\nThe demo failed: ${describeError(error)}`);
    return 1;
  } finally {
    await server.close();
  }
}

process.exitCode = await main();
