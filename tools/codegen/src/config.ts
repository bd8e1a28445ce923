// Project-specific knobs of the generator: our own one-line descriptions of each operation (the
// spec's prose is never copied), and the few operations whose public function is hand-written.

/**
 * One sentence per operationId, in the project's words, used for JSDoc. An operation missing here
 * still generates, with a neutral sentence built from its method and path.
 */
export const OPERATION_DESCRIPTIONS: Readonly<Record<string, string>> = {
  // access-requests
  approveAccessRequest: "Approves a pending access request and gives the requester the matching role on the document.",
  checkAccessRequestStatus: "Tells whether the caller already has a pending access request for a document.",
  createAccessRequest: "Asks a document's managers for view, comment or edit access.",
  denyAccessRequest: "Denies a pending access request.",
  inspectDocumentAccess: "Returns the caller's effective permissions on a document.",
  listAccessRequests: "Lists the pending access requests of a document.",
  // api-keys
  createApiKey: "Creates an API key for an organization; its secret is only ever returned by this call.",
  listApiKeys: "Lists an organization's API keys, page by page.",
  revokeApiKey: "Revokes an API key so that it can no longer authenticate.",
  // documents
  createDocument: "Uploads a file as a new document, which becomes its first version.",
  exportDocument: "Returns a short-lived download URL for a document or one of its versions.",
  getDocument: "Fetches one document by id.",
  getDocumentQuota: "Reports how many documents the caller's organization may create and has used.",
  listDocuments: "Lists the documents the caller can see, filtered and sorted, page by page.",
  listDocumentDuplicates: "Finds documents whose file content matches this document or a given content hash.",
  processDocument: "Starts processing a document version, or reports that it is already under way or done.",
  transferDocumentOwnership: "Hands a document over to another user of the same organization.",
  trashDocument: "Moves a document to the trash and drops every grant except the owner's.",
  untrashDocument: "Restores a document from the trash.",
  updateDocument: "Changes a document's title.",
  // entry-pages
  generateDocumentEntryPage: "Renders a document's entry page and returns a URL to download it.",
  // organizations
  acceptOrganizationInvite: "Accepts an invite with its token, making the caller a member.",
  addOrganizationMember: "Adds an existing user to an organization with the given role.",
  createOrganization: "Creates an organization (an internal operation, not open to ordinary API keys).",
  createOrganizationInvite: "Invites an e-mail address to an organization, or re-sends a pending invite.",
  getOrganization: "Fetches one organization by id.",
  getOrganizationPublicProfile: "Fetches the public display name and logo of an organization.",
  listOrganizationInvites: "Lists an organization's invites, filtered, page by page.",
  listOrganizationMembers: "Lists the members of an organization, page by page.",
  listOrganizations: "Lists the organizations the caller belongs to, page by page.",
  removeOrganizationMember: "Removes a member from an organization.",
  resendOrganizationInvite: "Sends an invite again with a new token and expiry.",
  revokeOrganizationInvite: "Cancels an invite so that it can no longer be accepted.",
  updateOrganization: "Renames an organization or changes its logo URL.",
  updateOrganizationMember: "Changes the role of an organization member.",
  uploadOrganizationLogo: "Stores a logo image for an organization and returns its URL.",
  // policies
  attachDocumentPolicy: "Attaches a policy to a document.",
  detachDocumentPolicy: "Detaches a policy from a document.",
  listDocumentPolicies: "Lists the policies attached to a document, page by page.",
  // sharing
  createShareLink: "Creates a share link for a document.",
  getGeneralAccess: "Reads who may open a document without an explicit grant.",
  grantDocumentAccess: "Shares a document with up to 50 recipients; each one succeeds or fails on its own.",
  listDocumentAccess: "Lists everyone holding access to a document, with its general access level.",
  revokeDocumentAccess: "Takes one recipient's access to a document away.",
  setGeneralAccess: "Sets who may open a document without an explicit grant.",
  updateDocumentAccess: "Changes the role one recipient holds on a document.",
  // timelines
  getDocumentTimeline: "Returns a slice of a document's event timeline; send `next_cursor` back as `cursor` for the next one.",
  // usage
  deleteAPIKeyQuota: "Removes the extra request limit of one API key.",
  getOrganizationQuota: "Reports an organization's request quota for the current period.",
  getUsageHistory: "Returns an organization's request counts per day.",
  listAPIKeyQuotas: "Lists the request limits set on an organization's API keys.",
  setAPIKeyQuota: "Sets or replaces the request limit of one API key.",
  // users
  getMe: "Returns the signed-in user and their organizations (user tokens only).",
  getUserPreferences: "Returns the signed-in user's onboarding flags (user tokens only).",
  // versions
  createDocumentVersion: "Uploads a file as a new version of a document.",
  getVersion: "Fetches one version by id.",
  getVersionRecord: "Returns the structured content extracted from a processed version.",
  listDocumentVersions: "Lists the versions of a document, page by page.",
  updateVersion: "Changes a version's title.",
};

/** An operation whose public function and params type are hand-written beside the generated code. */
export interface CustomOperation {
  /** Module (relative to the package's `src/`) exporting the public function and `<Pascal>Params`. */
  module: string;
  /** Suffix for the generated wire-level names, which stay exported under them. */
  wireSuffix: string;
}

/**
 * The organization logo goes as base64 inside JSON; the hand-written `uploadOrganizationLogo` also
 * takes a Blob, bytes or a stream and encodes it, so the generated one keeps a `Base64` name.
 */
export const CUSTOM_OPERATIONS: Readonly<Record<string, CustomOperation>> = {
  uploadOrganizationLogo: { module: "./upload-organization-logo", wireSuffix: "Base64" },
};

/** Hand-written modules of @factify/sdk (relative to `src/generated/`) whose exports its generated entry point adds. */
export const SDK_HAND_WRITTEN_EXPORTS: Readonly<Record<string, readonly string[]>> = {
  "../factify": ["ClientClosedError", "Factify"],
};

/** First line of every generated file; the determinism test and reviewers look for it. */
export const GENERATED_HEADER = "// Generated by tools/codegen from the Factify OpenAPI document. Do not edit.";
