// API snapshot of @factify/core "./operations" (./dist/operations.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export APIPromise
class APIPromise<T> extends Promise<T> {
    private readonly [SENT];
    static get [Symbol.species](): PromiseConstructor;
    static from<T>(sent: Promise<Sent<T>>): APIPromise<T>;
    withResponse(): Promise<Sent<T>>;
}

// export OpenEnumSchema
interface OpenEnumSchema<Values extends readonly string[]> extends BaseSchema<Values[number] | (string & {}), Values[number] | (string & {}), StringIssue> {
    readonly options: Values;
}

// export OperationDescriptor
interface OperationDescriptor<Input = unknown, Output = unknown> {
    readonly id: string;
    readonly method: HttpMethod;
    readonly path: string;
    readonly queryParams?: readonly string[] | undefined;
    readonly body?: "json" | "multipart" | undefined;
    readonly fileParams?: readonly string[] | undefined;
    readonly input?: StandardSchema | undefined;
    readonly output?: StandardSchema | undefined;
    readonly __types?: {
        input: Input;
        output: Output;
    } | undefined;
}

// export PaginationConfig
interface PaginationConfig {
    readonly items?: string | undefined;
    readonly cursorParam?: string | undefined;
    readonly nextCursor?: readonly string[] | undefined;
    readonly hasMore?: readonly string[] | undefined;
}

// export createPageFetcher
function createPageFetcher<Input, Output, Item = DefaultItem<Output>>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions, config?: PaginationConfig): PageFetcher<Item, Output>;

// export dateTimeInput
function dateTimeInput(): GenericSchema<Date | string>;

// export invoke
function invoke<Input, Output>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions): APIPromise<Output>;

// export isRfc3339DateTime
function isRfc3339DateTime(value: string): boolean;

// export openEnum
function openEnum<const Values extends readonly string[]>(values: Values): OpenEnumSchema<Values>;

// export paginate
function paginate<Input, Output, Item = DefaultItem<Output>>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions, config?: PaginationConfig): PageRequest<Item, Output>;

// export paginationSchema
function paginationSchema(): GenericSchema<Pagination>;

// export upload
function upload<Input, Output>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions): APIPromise<Output>;

// export uploadable
function uploadable(): GenericSchema<Uploadable>;
