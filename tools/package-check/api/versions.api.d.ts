// API snapshot of @factify/versions "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export Block
type Block = {
    attributes?: Struct | undefined;
    id?: string | undefined;
} & ({
    code_block: CodeBlockData;
} | {
    figure: VectorImageData;
} | {
    footnote: FootnoteData;
} | {
    heading: HeadingData;
} | {
    image: RasterImageData;
} | {
    list: ListData;
} | {
    paragraph: ParagraphData;
} | {
    quote: QuoteData;
} | {
    section: SectionData;
} | {
    table: TableData;
} | {
    thematic_break: ThematicBreakData;
});

// export BlockPath
interface BlockPath {
    segments?: PathSegment[] | undefined;
}

// export BlockSpacing
interface BlockSpacing {
    after_mm?: number | undefined;
    before_mm?: number | undefined;
    line_spacing?: LineSpacingValue | undefined;
}

// export BoundingBox
interface BoundingBox {
    height?: number | undefined;
    width?: number | undefined;
    x?: number | undefined;
    y?: number | undefined;
}

// export CellAlignment
type CellAlignment = {
    horizontal?: HorizontalAlignment | (string & {}) | undefined;
    vertical?: VerticalAlignment | (string & {}) | undefined;
} & ({
    rotation_degrees: number;
} | {
    vertical_text: boolean;
});

// export CellErrorType
type CellErrorType = "CELL_ERROR_TYPE_UNSPECIFIED" | "CELL_ERROR_TYPE_NULL" | "CELL_ERROR_TYPE_DIV_ZERO" | "CELL_ERROR_TYPE_VALUE" | "CELL_ERROR_TYPE_REF" | "CELL_ERROR_TYPE_NAME" | "CELL_ERROR_TYPE_NUM" | "CELL_ERROR_TYPE_NA" | "CELL_ERROR_TYPE_GETTING_DATA" | "CELL_ERROR_TYPE_SPILL" | "CELL_ERROR_TYPE_CALC";

// export CellLayoutBinding
interface CellLayoutBinding {
    alignment?: CellAlignment | undefined;
    col?: number | undefined;
    row?: number | undefined;
    text_wrap?: boolean | undefined;
}

// export CellType
type CellType = "CELL_TYPE_UNSPECIFIED" | "CELL_TYPE_STRING" | "CELL_TYPE_NUMBER" | "CELL_TYPE_BOOLEAN" | "CELL_TYPE_DATE" | "CELL_TYPE_ERROR" | "CELL_TYPE_TIME" | "CELL_TYPE_DATE_TIME";

// export CodeBlockData
interface CodeBlockData {
    code?: string | undefined;
    language?: string | undefined;
}

// export ColumnDef
interface ColumnDef {
    attributes?: Struct | undefined;
    name?: string | undefined;
    number_format_category?: NumberFormatCategory | (string & {}) | undefined;
    type?: CellType | (string & {}) | undefined;
}

// export ColumnFormatBinding
interface ColumnFormatBinding {
    column_index?: number | undefined;
    number_format_category?: NumberFormatCategory | (string & {}) | undefined;
    number_format_pattern?: string | undefined;
    table_name?: string | undefined;
}

// export ColumnLayout
interface ColumnLayout {
    col?: number | undefined;
    is_hidden?: boolean | undefined;
    width_mm?: number | undefined;
}

// export CreateDocumentVersionParams
interface CreateDocumentVersionParams {
    document_id: string;
    description?: string | null | undefined;
    payload: Uploadable;
    title?: string | null | undefined;
}

// export CreateDocumentVersionResponse
type CreateDocumentVersionResponse = Version;

// export DataCell
type DataCell = {
    hyperlink?: string | undefined;
    note?: string | undefined;
} & ({
    bool_value: boolean;
} | {
    error_value: CellErrorType | (string & {});
} | {
    number_value: number;
} | {
    string_value: string;
});

// export DataRow
interface DataRow {
    attributes?: Struct | undefined;
    cells?: DataCell[] | undefined;
}

// export DataSource
type DataSource = {
    mime_type?: MimeType | (string & {}) | undefined;
} & ({
    inline_data: string;
} | {
    storage_ref: string;
});

// export DataTable
interface DataTable {
    attributes?: Struct | undefined;
    columns?: ColumnDef[] | undefined;
    has_total_row?: boolean | undefined;
    name?: string | undefined;
    range_ref?: string | undefined;
    rows?: DataRow[] | undefined;
}

// export Direction
type Direction = "DIRECTION_UNSPECIFIED" | "DIRECTION_LTR" | "DIRECTION_RTL";

// export DocumentBundle
interface DocumentBundle {
    layout?: DocumentLayout | undefined;
    record?: DocumentRecord | undefined;
}

// export DocumentLayout
interface DocumentLayout {
    bindings?: LayoutBinding[] | undefined;
    defaults?: LayoutDefaults | undefined;
    extracted_at?: string | undefined;
    pages?: PageGeometry[] | undefined;
    record_id?: string | undefined;
    source?: SourceReference | undefined;
}

// export DocumentMetadata
interface DocumentMetadata {
    attributes?: Struct | undefined;
    extracted_at?: string | undefined;
    language?: string | undefined;
    title?: string | undefined;
}

// export DocumentRecord
interface DocumentRecord {
    blocks?: Block[] | undefined;
    id?: string | undefined;
    metadata?: DocumentMetadata | undefined;
    source?: SourceReference | undefined;
}

// export FootnoteData
interface FootnoteData {
    label?: string | undefined;
    text?: string | undefined;
}

// export FrozenPane
interface FrozenPane {
    frozen_col?: number | undefined;
    frozen_row?: number | undefined;
}

// export GetRecordResponse
type GetRecordResponse = {
    id?: string | undefined;
    source_format?: string | undefined;
} & ({
    document: DocumentBundle;
} | {
    spreadsheet: SpreadsheetBundle;
});

// export GetVersionParams
interface GetVersionParams {
    version_id: string;
}

// export GetVersionRecordParams
interface GetVersionRecordParams {
    version_id: string;
}

// export GetVersionRecordResponse
type GetVersionRecordResponse = GetRecordResponse;

// export GetVersionResponse
type GetVersionResponse = Version;

// export HeadingData
interface HeadingData {
    level?: number | undefined;
    text?: string | undefined;
}

// export HorizontalAlignment
type HorizontalAlignment = "HORIZONTAL_ALIGNMENT_UNSPECIFIED" | "HORIZONTAL_ALIGNMENT_LEFT" | "HORIZONTAL_ALIGNMENT_CENTER" | "HORIZONTAL_ALIGNMENT_RIGHT" | "HORIZONTAL_ALIGNMENT_FILL" | "HORIZONTAL_ALIGNMENT_JUSTIFY";

// export Indentation
interface Indentation {
    first_line_mm?: number | undefined;
    left_mm?: number | undefined;
    right_mm?: number | undefined;
}

// export Insets
interface Insets {
    bottom_mm?: number | undefined;
    left_mm?: number | undefined;
    right_mm?: number | undefined;
    top_mm?: number | undefined;
}

// export LayoutBinding
type LayoutBinding = {
    fragments?: LayoutFragment[] | undefined;
    path?: BlockPath | undefined;
} & ({
    table: TableLayout;
} | {
    table_cell: TableCellLayout;
} | {
    table_row: TableRowLayout;
} | {
    text_block: TextBlockLayout;
});

// export LayoutDefaults
interface LayoutDefaults {
    dimensions?: PhysicalDimensions | undefined;
    direction?: Direction | (string & {}) | undefined;
    margins?: Margins | undefined;
    orientation?: Orientation | (string & {}) | undefined;
    page_size?: PageSize | (string & {}) | undefined;
}

// export LayoutFragment
interface LayoutFragment {
    bounding_box?: BoundingBox | undefined;
    page_number?: number | undefined;
    rotation_degrees?: number | undefined;
}

// export LineSpacing
type LineSpacing = "LINE_SPACING_UNSPECIFIED" | "LINE_SPACING_SINGLE" | "LINE_SPACING_ONE_AND_HALF" | "LINE_SPACING_DOUBLE";

// export LineSpacingValue
interface LineSpacingValue {
    mode?: LineSpacing | (string & {}) | undefined;
    value_mm?: number | undefined;
}

// export ListData
interface ListData {
    items?: ListDataItem[] | undefined;
    start?: number | undefined;
    style?: ListStyle | (string & {}) | undefined;
}

// export ListDataItem
interface ListDataItem {
    sub_list?: ListData | undefined;
    text?: string | undefined;
}

// export ListDocumentVersionsParams
interface ListDocumentVersionsParams {
    document_id: string;
    page_token?: string | undefined;
    page_size?: number | undefined;
}

// export ListDocumentVersionsResponse
type ListDocumentVersionsResponse = ListVersionsResponse;

// export ListStyle
type ListStyle = "LIST_STYLE_UNSPECIFIED" | "LIST_STYLE_UNORDERED" | "LIST_STYLE_ORDERED";

// export ListVersionsResponse
interface ListVersionsResponse {
    items?: Version[] | undefined;
    pagination: Pagination;
}

// export Margins
interface Margins {
    bottom_mm?: number | undefined;
    left_mm?: number | undefined;
    right_mm?: number | undefined;
    top_mm?: number | undefined;
}

// export MergedRegion
interface MergedRegion {
    end_col?: number | undefined;
    end_row?: number | undefined;
    start_col?: number | undefined;
    start_row?: number | undefined;
}

// export MimeType
type MimeType = "MIME_TYPE_UNSPECIFIED" | "MIME_TYPE_IMAGE_PNG" | "MIME_TYPE_IMAGE_JPEG" | "MIME_TYPE_IMAGE_GIF" | "MIME_TYPE_IMAGE_WEBP" | "MIME_TYPE_IMAGE_BMP" | "MIME_TYPE_IMAGE_TIFF" | "MIME_TYPE_IMAGE_SVG" | "MIME_TYPE_IMAGE_EPS" | "MIME_TYPE_APPLICATION_PDF";

// export NamedRange
interface NamedRange {
    attributes?: Struct | undefined;
    name?: string | undefined;
    range_ref?: string | undefined;
    sheet_name?: string | undefined;
}

// export NumberFormatCategory
type NumberFormatCategory = "NUMBER_FORMAT_CATEGORY_UNSPECIFIED" | "NUMBER_FORMAT_CATEGORY_GENERAL" | "NUMBER_FORMAT_CATEGORY_NUMBER" | "NUMBER_FORMAT_CATEGORY_CURRENCY" | "NUMBER_FORMAT_CATEGORY_ACCOUNTING" | "NUMBER_FORMAT_CATEGORY_PERCENTAGE" | "NUMBER_FORMAT_CATEGORY_FRACTION" | "NUMBER_FORMAT_CATEGORY_SCIENTIFIC" | "NUMBER_FORMAT_CATEGORY_TEXT" | "NUMBER_FORMAT_CATEGORY_DATE" | "NUMBER_FORMAT_CATEGORY_TIME" | "NUMBER_FORMAT_CATEGORY_DATE_TIME" | "NUMBER_FORMAT_CATEGORY_DURATION";

// export Orientation
type Orientation = "ORIENTATION_UNSPECIFIED" | "ORIENTATION_PORTRAIT" | "ORIENTATION_LANDSCAPE";

// export PageGeometry
interface PageGeometry {
    dimensions?: PhysicalDimensions | undefined;
    orientation?: Orientation | (string & {}) | undefined;
    page_number?: number | undefined;
}

// export PageSize
type PageSize = "PAGE_SIZE_UNSPECIFIED" | "PAGE_SIZE_A4" | "PAGE_SIZE_LETTER" | "PAGE_SIZE_LEGAL" | "PAGE_SIZE_A3" | "PAGE_SIZE_TABLOID" | "PAGE_SIZE_CUSTOM";

// export ParagraphData
interface ParagraphData {
    text?: string | undefined;
}

// export PathSegment
type PathSegment = {
    block: number;
} | {
    cell: number;
} | {
    item: number;
} | {
    row: number;
};

// export PhysicalDimensions
interface PhysicalDimensions {
    height_mm?: number | undefined;
    width_mm?: number | undefined;
}

// export ProcessingStatus
type ProcessingStatus = "processing" | "ready" | "failed";

// export QuoteData
interface QuoteData {
    text?: string | undefined;
}

// export RasterImageData
interface RasterImageData {
    alt_text?: string | undefined;
    source?: DataSource | undefined;
}

// export RowLayout
interface RowLayout {
    height_mm?: number | undefined;
    is_hidden?: boolean | undefined;
    row?: number | undefined;
}

// export SectionData
interface SectionData {
    blocks?: Block[] | undefined;
}

// export Sheet
interface Sheet {
    attributes?: Struct | undefined;
    charts?: SheetChart[] | undefined;
    images?: SheetImage[] | undefined;
    name?: string | undefined;
    tables?: DataTable[] | undefined;
}

// export SheetChart
interface SheetChart {
    anchor_col?: number | undefined;
    anchor_row?: number | undefined;
    attributes?: Struct | undefined;
    chart_type?: string | undefined;
    rendered?: VectorImageData | undefined;
    source_ranges?: string[] | undefined;
    title?: string | undefined;
}

// export SheetImage
interface SheetImage {
    anchor_col?: number | undefined;
    anchor_row?: number | undefined;
    height_mm?: number | undefined;
    image?: RasterImageData | undefined;
    offset_x_mm?: number | undefined;
    offset_y_mm?: number | undefined;
    width_mm?: number | undefined;
}

// export SheetLayout
interface SheetLayout {
    cell_bindings?: CellLayoutBinding[] | undefined;
    column_formats?: ColumnFormatBinding[] | undefined;
    columns?: ColumnLayout[] | undefined;
    direction?: Direction | (string & {}) | undefined;
    frozen_pane?: FrozenPane | undefined;
    is_hidden?: boolean | undefined;
    merged_regions?: MergedRegion[] | undefined;
    rows?: RowLayout[] | undefined;
    sheet_name?: string | undefined;
}

// export SourceReference
interface SourceReference {
    attributes?: Struct | undefined;
    ingested_at?: string | undefined;
    remote_id?: string | undefined;
    source_id?: string | undefined;
}

// export SpreadsheetBundle
interface SpreadsheetBundle {
    layout?: SpreadsheetLayout | undefined;
    record?: SpreadsheetRecord | undefined;
}

// export SpreadsheetLayout
interface SpreadsheetLayout {
    defaults?: SpreadsheetLayoutDefaults | undefined;
    extracted_at?: string | undefined;
    record_id?: string | undefined;
    sheet_layouts?: SheetLayout[] | undefined;
    source?: SourceReference | undefined;
}

// export SpreadsheetLayoutDefaults
interface SpreadsheetLayoutDefaults {
    column_width_mm?: number | undefined;
    row_height_mm?: number | undefined;
}

// export SpreadsheetMetadata
interface SpreadsheetMetadata {
    attributes?: Struct | undefined;
    extracted_at?: string | undefined;
    title?: string | undefined;
}

// export SpreadsheetRecord
interface SpreadsheetRecord {
    id?: string | undefined;
    metadata?: SpreadsheetMetadata | undefined;
    named_ranges?: NamedRange[] | undefined;
    sheets?: Sheet[] | undefined;
    source?: SourceReference | undefined;
}

// export Struct
type Struct = Record<string, Value>;

// export Subject
interface Subject {
    id: string;
    name: string;
    type: SubjectType | (string & {});
}

// export SubjectType
type SubjectType = "user" | "bot";

// export TableCellLayout
interface TableCellLayout {
    padding?: Insets | undefined;
}

// export TableData
interface TableData {
    rows?: TableDataRow[] | undefined;
}

// export TableDataRow
interface TableDataRow {
    cells?: TableDataRowCell[] | undefined;
}

// export TableDataRowCell
interface TableDataRowCell {
    col_span?: number | undefined;
    is_header?: boolean | undefined;
    row_span?: number | undefined;
    text?: string | undefined;
}

// export TableLayout
interface TableLayout {
    column_widths_mm?: number[] | undefined;
    width_mode?: TableWidthMode | (string & {}) | undefined;
}

// export TableRowLayout
interface TableRowLayout {
    height_mm?: number | undefined;
}

// export TableWidthMode
type TableWidthMode = "TABLE_WIDTH_MODE_UNSPECIFIED" | "TABLE_WIDTH_MODE_AUTO" | "TABLE_WIDTH_MODE_FIXED";

// export TextAlignment
type TextAlignment = "TEXT_ALIGNMENT_UNSPECIFIED" | "TEXT_ALIGNMENT_LEFT" | "TEXT_ALIGNMENT_CENTER" | "TEXT_ALIGNMENT_RIGHT" | "TEXT_ALIGNMENT_JUSTIFY";

// export TextBlockLayout
interface TextBlockLayout {
    alignment?: TextAlignment | (string & {}) | undefined;
    indentation?: Indentation | undefined;
    spacing?: BlockSpacing | undefined;
}

// export ThematicBreakData
type ThematicBreakData = Record<string, unknown>;

// export UpdateVersionParams
interface UpdateVersionParams {
    version_id: string;
    description?: string | null | undefined;
    title?: string | null | undefined;
}

// export UpdateVersionResponse
type UpdateVersionResponse = Version;

// export Value
type Value = number | string | boolean | unknown[] | Record<string, unknown> | null;

// export VectorImageData
interface VectorImageData {
    alt_text?: string | undefined;
    source?: DataSource | undefined;
}

// export Version
interface Version {
    created_at: string;
    created_by: Subject;
    description?: string | null | undefined;
    document_id: string;
    id: string;
    processing_status: ProcessingStatus | (string & {});
    title?: string | null | undefined;
    url: string;
}

// export Versions
class Versions {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    create(params: CreateDocumentVersionParams, options?: RequestOptions): APIPromise<CreateDocumentVersionResponse>;
    get(params: GetVersionParams, options?: RequestOptions): APIPromise<GetVersionResponse>;
    getRecord(params: GetVersionRecordParams, options?: RequestOptions): APIPromise<GetVersionRecordResponse>;
    list(params: ListDocumentVersionsParams, options?: RequestOptions): PageRequest<Version, ListDocumentVersionsResponse>;
    update(params: UpdateVersionParams, options?: RequestOptions): APIPromise<UpdateVersionResponse>;
}

// export VerticalAlignment
type VerticalAlignment = "VERTICAL_ALIGNMENT_UNSPECIFIED" | "VERTICAL_ALIGNMENT_TOP" | "VERTICAL_ALIGNMENT_CENTER" | "VERTICAL_ALIGNMENT_BOTTOM";

// export createDocumentVersion
function createDocumentVersion(client: FactifyClient, params: CreateDocumentVersionParams, options?: RequestOptions): APIPromise<CreateDocumentVersionResponse>;

// export getVersion
function getVersion(client: FactifyClient, params: GetVersionParams, options?: RequestOptions): APIPromise<GetVersionResponse>;

// export getVersionRecord
function getVersionRecord(client: FactifyClient, params: GetVersionRecordParams, options?: RequestOptions): APIPromise<GetVersionRecordResponse>;

// export listDocumentVersions
function listDocumentVersions(client: FactifyClient, params: ListDocumentVersionsParams, options?: RequestOptions): PageRequest<Version, ListDocumentVersionsResponse>;

// export updateVersion
function updateVersion(client: FactifyClient, params: UpdateVersionParams, options?: RequestOptions): APIPromise<UpdateVersionResponse>;
