// Paging through many documents with every pagination shape core offers, in-process and over a port.
import { type Document, listDocuments } from "@factify/documents";
import { Factify } from "@factify/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transports, type World } from "../support/emulator";
import { pdfBytes } from "../support/files";

const COUNT = 23;

describe.each(transports)("paging through 23 documents ($name)", ({ start }) => {
  let world: World & { close(): Promise<void> };
  let uploaded: string[];
  beforeAll(async () => {
    world = await start();
    const owner = new Factify(world.optionsFor(world.mock.tokens.owner));
    uploaded = [];
    for (let i = 1; i <= COUNT; i++) {
      const title = `Batch ${String(i).padStart(2, "0")}`;
      const { document } = await owner.documents.create({ payload: { data: pdfBytes(title), filename: `${title}.pdf` }, title });
      uploaded.push(document.id);
    }
  });
  afterAll(() => world?.close());

  const client = () => world.as(world.mock.tokens.owner);

  it(".items() walks every item across pages, newest first by default", async () => {
    const seen: Document[] = [];
    for await (const doc of listDocuments(client(), { page_size: 5, title_contains: "Batch" }).items()) seen.push(doc);
    expect(seen.map((d) => d.id).sort()).toEqual([...uploaded].sort());
    const times = seen.map((d) => Date.parse(d.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("for await over the request yields whole pages with their pagination", async () => {
    const sizes: number[] = [];
    const more: boolean[] = [];
    for await (const page of listDocuments(client(), { page_size: 5, title_contains: "Batch" })) {
      sizes.push(page.items.length);
      more.push(page.hasNextPage());
    }
    expect(sizes).toEqual([5, 5, 5, 5, 3]);
    expect(more).toEqual([true, true, true, true, false]);
  });

  it("page.next() steps until null, keeping filters and sort, and tokens never repeat an item", async () => {
    const titles: string[] = [];
    const tokens = new Set<string>();
    let page = await new Factify(world.optionsFor(world.mock.tokens.owner)).documents.list({ page_size: 4, title_contains: "Batch", sort: "name" });
    let pages = 0;
    while (page) {
      pages++;
      titles.push(...page.items.map((d) => d.title));
      const token = page.pagination?.next_page_token;
      if (token) tokens.add(token);
      page = (await page.next())!;
    }
    expect(pages).toBe(6);
    expect(tokens.size).toBe(5);
    expect(titles).toEqual(Array.from({ length: COUNT }, (_, i) => `Batch ${String(i + 1).padStart(2, "0")}`));
  });

  it("toArray({ limit }) stops early", async () => {
    const firstSeven = await listDocuments(client(), { page_size: 3, title_contains: "Batch", sort: "-name" }).toArray({ limit: 7 });
    expect(firstSeven.map((d) => d.title)).toEqual(["Batch 23", "Batch 22", "Batch 21", "Batch 20", "Batch 19", "Batch 18", "Batch 17"]);
  });
});
