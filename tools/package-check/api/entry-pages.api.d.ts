// API snapshot of @factify/entry-pages "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export EntryPages
class EntryPages {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    generate(params: GenerateDocumentEntryPageParams, options?: RequestOptions): APIPromise<GenerateDocumentEntryPageResponse>;
}

// export GenerateDocumentEntryPageParams
interface GenerateDocumentEntryPageParams {
    document_id: string;
}

// export GenerateDocumentEntryPageResponse
type GenerateDocumentEntryPageResponse = GenerateEntryPageResponse;

// export GenerateEntryPageResponse
interface GenerateEntryPageResponse {
    download_url: string;
}

// export generateDocumentEntryPage
function generateDocumentEntryPage(client: FactifyClient, params: GenerateDocumentEntryPageParams, options?: RequestOptions): APIPromise<GenerateDocumentEntryPageResponse>;
