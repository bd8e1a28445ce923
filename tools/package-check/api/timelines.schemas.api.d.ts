// API snapshot of @factify/timelines "./schemas" (./dist/schemas.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export GetDocumentTimelineParamsSchema
const GetDocumentTimelineParamsSchema: GenericSchema<GetDocumentTimelineParams>;

// export GetTimelineResponseSchema
const GetTimelineResponseSchema: GenericSchema<unknown, GetTimelineResponse>;

// export StructSchema
const StructSchema: GenericSchema<unknown, Struct>;

// export TimelineEventSchema
const TimelineEventSchema: GenericSchema<unknown, TimelineEvent>;

// export TimelineEventTypeSchema
const TimelineEventTypeSchema: GenericSchema<unknown, TimelineEventType | (string & {})>;

// export TimelineEventTypeValues
const TimelineEventTypeValues: readonly [
    "comment_created",
    "comment_updated",
    "thread_created",
    "thread_updated",
    "approval_voted",
    "approval_started",
    "approval_terminated",
    "document_loaded",
    "approval_ready",
    "approval_submitted",
    "approval_skip_dissemination",
    "document_created",
    "document_updated",
    "comment_deleted",
    "document_user_access_granted",
    "document_user_access_revoked",
    "document_entry_page_downloaded",
    "document_version_uploaded",
    "document_printed",
    "document_settings_access_changed",
    "annotation_added",
    "annotation_edited",
    "annotation_deleted",
    "annotation_resolved"
];

// export ValueSchema
const ValueSchema: GenericSchema<unknown, Value>;

// export getDocumentTimelineOperation
const getDocumentTimelineOperation: OperationDescriptor<GetDocumentTimelineParams, GetDocumentTimelineResponse>;
