// API snapshot of @factify/users "./schemas" (./dist/schemas.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export GetMeParamsSchema
const GetMeParamsSchema: GenericSchema<GetMeParams>;

// export GetMeResponseSchema
const GetMeResponseSchema: GenericSchema<unknown, GetMeResponse>;

// export GetUserPreferencesParamsSchema
const GetUserPreferencesParamsSchema: GenericSchema<GetUserPreferencesParams>;

// export GetUserPreferencesResponseSchema
const GetUserPreferencesResponseSchema: GenericSchema<unknown, GetUserPreferencesResponse>;

// export OrganizationSchema
const OrganizationSchema: GenericSchema<unknown, Organization>;

// export UserSchema
const UserSchema: GenericSchema<unknown, User>;

// export getMeOperation
const getMeOperation: OperationDescriptor<GetMeParams, GetMeResponse>;

// export getUserPreferencesOperation
const getUserPreferencesOperation: OperationDescriptor<GetUserPreferencesParams, GetUserPreferencesResponse>;
