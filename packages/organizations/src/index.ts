// Public API of @factify/organizations: one standalone function per operation, the resource
// classes and every type they take and return. Generated code lives in src/generated/; the logo
// upload's public function is hand-written (it also accepts raw image bytes).
export * from "./generated/index";
export { type UploadOrganizationLogoParams, uploadOrganizationLogo } from "./upload-organization-logo";
