// API snapshot of @factify/timelines "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export GetDocumentTimelineParams
interface GetDocumentTimelineParams {
    document_id: string;
    cursor?: string | undefined;
    page_size?: number | undefined;
}

// export GetDocumentTimelineResponse
type GetDocumentTimelineResponse = GetTimelineResponse;

// export GetTimelineResponse
interface GetTimelineResponse {
    events?: TimelineEvent[] | undefined;
    has_more?: boolean | undefined;
    next_cursor?: string | null | undefined;
}

// export Struct
type Struct = Record<string, Value>;

// export TimelineEvent
interface TimelineEvent {
    event_id?: string | undefined;
    event_type?: TimelineEventType | (string & {}) | undefined;
    occurred_at?: string | undefined;
    payload?: Struct | undefined;
}

// export TimelineEventType
type TimelineEventType = "comment_created" | "comment_updated" | "thread_created" | "thread_updated" | "approval_voted" | "approval_started" | "approval_terminated" | "document_loaded" | "approval_ready" | "approval_submitted" | "approval_skip_dissemination" | "document_created" | "document_updated" | "comment_deleted" | "document_user_access_granted" | "document_user_access_revoked" | "document_entry_page_downloaded" | "document_version_uploaded" | "document_printed" | "document_settings_access_changed" | "annotation_added" | "annotation_edited" | "annotation_deleted" | "annotation_resolved";

// export Timelines
class Timelines {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    get(params: GetDocumentTimelineParams, options?: RequestOptions): APIPromise<GetDocumentTimelineResponse>;
}

// export Value
type Value = number | string | boolean | unknown[] | Record<string, unknown> | null;

// export getDocumentTimeline
function getDocumentTimeline(client: FactifyClient, params: GetDocumentTimelineParams, options?: RequestOptions): APIPromise<GetDocumentTimelineResponse>;
