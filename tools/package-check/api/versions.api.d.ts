// API snapshot of @factify/versions "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export Block
type Block = {
    attributes?: Struct;
    id?: string;
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
    segments?: PathSegment[];
}

// export BlockSpacing
interface BlockSpacing {
    after_mm?: number;
    before_mm?: number;
    line_spacing?: LineSpacingValue;
}

// export BoundingBox
interface BoundingBox {
    height?: number;
    width?: number;
    x?: number;
    y?: number;
}

// export CellAlignment
type CellAlignment = {
    horizontal?: HorizontalAlignment | (string & {});
    vertical?: VerticalAlignment | (string & {});
} & ({
    rotation_degrees: number;
} | {
    vertical_text: boolean;
});

// export CellErrorType
type CellErrorType = "CELL_ERROR_TYPE_UNSPECIFIED" | "CELL_ERROR_TYPE_NULL" | "CELL_ERROR_TYPE_DIV_ZERO" | "CELL_ERROR_TYPE_VALUE" | "CELL_ERROR_TYPE_REF" | "CELL_ERROR_TYPE_NAME" | "CELL_ERROR_TYPE_NUM" | "CELL_ERROR_TYPE_NA" | "CELL_ERROR_TYPE_GETTING_DATA" | "CELL_ERROR_TYPE_SPILL" | "CELL_ERROR_TYPE_CALC";

// export CellLayoutBinding
interface CellLayoutBinding {
    alignment?: CellAlignment;
    col?: number;
    row?: number;
    text_wrap?: boolean;
}

// export CellType
type CellType = "CELL_TYPE_UNSPECIFIED" | "CELL_TYPE_STRING" | "CELL_TYPE_NUMBER" | "CELL_TYPE_BOOLEAN" | "CELL_TYPE_DATE" | "CELL_TYPE_ERROR" | "CELL_TYPE_TIME" | "CELL_TYPE_DATE_TIME";

// export CodeBlockData
interface CodeBlockData {
    code?: string;
    language?: string;
}

// export ColumnDef
interface ColumnDef {
    attributes?: Struct;
    name?: string;
    number_format_category?: NumberFormatCategory | (string & {});
    type?: CellType | (string & {});
}

// export ColumnFormatBinding
interface ColumnFormatBinding {
    column_index?: number;
    number_format_category?: NumberFormatCategory | (string & {});
    number_format_pattern?: string;
    table_name?: string;
}

// export ColumnLayout
interface ColumnLayout {
    col?: number;
    is_hidden?: boolean;
    width_mm?: number;
}

// export CreateDocumentVersionParams
interface CreateDocumentVersionParams {
    document_id: string;
    description?: string | null;
    payload: Uploadable;
    title?: string | null;
}

// export CreateDocumentVersionResponse
type CreateDocumentVersionResponse = Version;

// export DataCell
type DataCell = {
    hyperlink?: string;
    note?: string;
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
    attributes?: Struct;
    cells?: DataCell[];
}

// export DataSource
type DataSource = {
    mime_type?: MimeType | (string & {});
} & ({
    inline_data: string;
} | {
    storage_ref: string;
});

// export DataTable
interface DataTable {
    attributes?: Struct;
    columns?: ColumnDef[];
    has_total_row?: boolean;
    name?: string;
    range_ref?: string;
    rows?: DataRow[];
}

// export Direction
type Direction = "DIRECTION_UNSPECIFIED" | "DIRECTION_LTR" | "DIRECTION_RTL";

// export DocumentBundle
interface DocumentBundle {
    layout?: DocumentLayout;
    record?: DocumentRecord;
}

// export DocumentLayout
interface DocumentLayout {
    bindings?: LayoutBinding[];
    defaults?: LayoutDefaults;
    extracted_at?: string;
    pages?: PageGeometry[];
    record_id?: string;
    source?: SourceReference;
}

// export DocumentMetadata
interface DocumentMetadata {
    attributes?: Struct;
    extracted_at?: string;
    language?: string;
    title?: string;
}

// export DocumentRecord
interface DocumentRecord {
    blocks?: Block[];
    id?: string;
    metadata?: DocumentMetadata;
    source?: SourceReference;
}

// export FootnoteData
interface FootnoteData {
    label?: string;
    text?: string;
}

// export FrozenPane
interface FrozenPane {
    frozen_col?: number;
    frozen_row?: number;
}

// export GetRecordResponse
type GetRecordResponse = {
    id?: string;
    source_format?: string;
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
    level?: number;
    text?: string;
}

// export HorizontalAlignment
type HorizontalAlignment = "HORIZONTAL_ALIGNMENT_UNSPECIFIED" | "HORIZONTAL_ALIGNMENT_LEFT" | "HORIZONTAL_ALIGNMENT_CENTER" | "HORIZONTAL_ALIGNMENT_RIGHT" | "HORIZONTAL_ALIGNMENT_FILL" | "HORIZONTAL_ALIGNMENT_JUSTIFY";

// export Indentation
interface Indentation {
    first_line_mm?: number;
    left_mm?: number;
    right_mm?: number;
}

// export Insets
interface Insets {
    bottom_mm?: number;
    left_mm?: number;
    right_mm?: number;
    top_mm?: number;
}

// export LayoutBinding
type LayoutBinding = {
    fragments?: LayoutFragment[];
    path?: BlockPath;
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
    dimensions?: PhysicalDimensions;
    direction?: Direction | (string & {});
    margins?: Margins;
    orientation?: Orientation | (string & {});
    page_size?: PageSize | (string & {});
}

// export LayoutFragment
interface LayoutFragment {
    bounding_box?: BoundingBox;
    page_number?: number;
    rotation_degrees?: number;
}

// export LineSpacing
type LineSpacing = "LINE_SPACING_UNSPECIFIED" | "LINE_SPACING_SINGLE" | "LINE_SPACING_ONE_AND_HALF" | "LINE_SPACING_DOUBLE";

// export LineSpacingValue
interface LineSpacingValue {
    mode?: LineSpacing | (string & {});
    value_mm?: number;
}

// export ListData
interface ListData {
    items?: ListDataItem[];
    start?: number;
    style?: ListStyle | (string & {});
}

// export ListDataItem
interface ListDataItem {
    sub_list?: ListData;
    text?: string;
}

// export ListDocumentVersionsParams
interface ListDocumentVersionsParams {
    document_id: string;
    page_token?: string;
    page_size?: number;
}

// export ListDocumentVersionsResponse
type ListDocumentVersionsResponse = ListVersionsResponse;

// export ListStyle
type ListStyle = "LIST_STYLE_UNSPECIFIED" | "LIST_STYLE_UNORDERED" | "LIST_STYLE_ORDERED";

// export ListVersionsResponse
interface ListVersionsResponse {
    items?: Version[];
    pagination: Pagination;
}

// export Margins
interface Margins {
    bottom_mm?: number;
    left_mm?: number;
    right_mm?: number;
    top_mm?: number;
}

// export MergedRegion
interface MergedRegion {
    end_col?: number;
    end_row?: number;
    start_col?: number;
    start_row?: number;
}

// export MimeType
type MimeType = "MIME_TYPE_UNSPECIFIED" | "MIME_TYPE_IMAGE_PNG" | "MIME_TYPE_IMAGE_JPEG" | "MIME_TYPE_IMAGE_GIF" | "MIME_TYPE_IMAGE_WEBP" | "MIME_TYPE_IMAGE_BMP" | "MIME_TYPE_IMAGE_TIFF" | "MIME_TYPE_IMAGE_SVG" | "MIME_TYPE_IMAGE_EPS" | "MIME_TYPE_APPLICATION_PDF";

// export NamedRange
interface NamedRange {
    attributes?: Struct;
    name?: string;
    range_ref?: string;
    sheet_name?: string;
}

// export NumberFormatCategory
type NumberFormatCategory = "NUMBER_FORMAT_CATEGORY_UNSPECIFIED" | "NUMBER_FORMAT_CATEGORY_GENERAL" | "NUMBER_FORMAT_CATEGORY_NUMBER" | "NUMBER_FORMAT_CATEGORY_CURRENCY" | "NUMBER_FORMAT_CATEGORY_ACCOUNTING" | "NUMBER_FORMAT_CATEGORY_PERCENTAGE" | "NUMBER_FORMAT_CATEGORY_FRACTION" | "NUMBER_FORMAT_CATEGORY_SCIENTIFIC" | "NUMBER_FORMAT_CATEGORY_TEXT" | "NUMBER_FORMAT_CATEGORY_DATE" | "NUMBER_FORMAT_CATEGORY_TIME" | "NUMBER_FORMAT_CATEGORY_DATE_TIME" | "NUMBER_FORMAT_CATEGORY_DURATION";

// export Orientation
type Orientation = "ORIENTATION_UNSPECIFIED" | "ORIENTATION_PORTRAIT" | "ORIENTATION_LANDSCAPE";

// export PageGeometry
interface PageGeometry {
    dimensions?: PhysicalDimensions;
    orientation?: Orientation | (string & {});
    page_number?: number;
}

// export PageSize
type PageSize = "PAGE_SIZE_UNSPECIFIED" | "PAGE_SIZE_A4" | "PAGE_SIZE_LETTER" | "PAGE_SIZE_LEGAL" | "PAGE_SIZE_A3" | "PAGE_SIZE_TABLOID" | "PAGE_SIZE_CUSTOM";

// export ParagraphData
interface ParagraphData {
    text?: string;
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
    height_mm?: number;
    width_mm?: number;
}

// export ProcessingStatus
type ProcessingStatus = "processing" | "ready" | "failed";

// export QuoteData
interface QuoteData {
    text?: string;
}

// export RasterImageData
interface RasterImageData {
    alt_text?: string;
    source?: DataSource;
}

// export RowLayout
interface RowLayout {
    height_mm?: number;
    is_hidden?: boolean;
    row?: number;
}

// export SectionData
interface SectionData {
    blocks?: Block[];
}

// export Sheet
interface Sheet {
    attributes?: Struct;
    charts?: SheetChart[];
    images?: SheetImage[];
    name?: string;
    tables?: DataTable[];
}

// export SheetChart
interface SheetChart {
    anchor_col?: number;
    anchor_row?: number;
    attributes?: Struct;
    chart_type?: string;
    rendered?: VectorImageData;
    source_ranges?: string[];
    title?: string;
}

// export SheetImage
interface SheetImage {
    anchor_col?: number;
    anchor_row?: number;
    height_mm?: number;
    image?: RasterImageData;
    offset_x_mm?: number;
    offset_y_mm?: number;
    width_mm?: number;
}

// export SheetLayout
interface SheetLayout {
    cell_bindings?: CellLayoutBinding[];
    column_formats?: ColumnFormatBinding[];
    columns?: ColumnLayout[];
    direction?: Direction | (string & {});
    frozen_pane?: FrozenPane;
    is_hidden?: boolean;
    merged_regions?: MergedRegion[];
    rows?: RowLayout[];
    sheet_name?: string;
}

// export SourceReference
interface SourceReference {
    attributes?: Struct;
    ingested_at?: string;
    remote_id?: string;
    source_id?: string;
}

// export SpreadsheetBundle
interface SpreadsheetBundle {
    layout?: SpreadsheetLayout;
    record?: SpreadsheetRecord;
}

// export SpreadsheetLayout
interface SpreadsheetLayout {
    defaults?: SpreadsheetLayoutDefaults;
    extracted_at?: string;
    record_id?: string;
    sheet_layouts?: SheetLayout[];
    source?: SourceReference;
}

// export SpreadsheetLayoutDefaults
interface SpreadsheetLayoutDefaults {
    column_width_mm?: number;
    row_height_mm?: number;
}

// export SpreadsheetMetadata
interface SpreadsheetMetadata {
    attributes?: Struct;
    extracted_at?: string;
    title?: string;
}

// export SpreadsheetRecord
interface SpreadsheetRecord {
    id?: string;
    metadata?: SpreadsheetMetadata;
    named_ranges?: NamedRange[];
    sheets?: Sheet[];
    source?: SourceReference;
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
    padding?: Insets;
}

// export TableData
interface TableData {
    rows?: TableDataRow[];
}

// export TableDataRow
interface TableDataRow {
    cells?: TableDataRowCell[];
}

// export TableDataRowCell
interface TableDataRowCell {
    col_span?: number;
    is_header?: boolean;
    row_span?: number;
    text?: string;
}

// export TableLayout
interface TableLayout {
    column_widths_mm?: number[];
    width_mode?: TableWidthMode | (string & {});
}

// export TableRowLayout
interface TableRowLayout {
    height_mm?: number;
}

// export TableWidthMode
type TableWidthMode = "TABLE_WIDTH_MODE_UNSPECIFIED" | "TABLE_WIDTH_MODE_AUTO" | "TABLE_WIDTH_MODE_FIXED";

// export TextAlignment
type TextAlignment = "TEXT_ALIGNMENT_UNSPECIFIED" | "TEXT_ALIGNMENT_LEFT" | "TEXT_ALIGNMENT_CENTER" | "TEXT_ALIGNMENT_RIGHT" | "TEXT_ALIGNMENT_JUSTIFY";

// export TextBlockLayout
interface TextBlockLayout {
    alignment?: TextAlignment | (string & {});
    indentation?: Indentation;
    spacing?: BlockSpacing;
}

// export ThematicBreakData
type ThematicBreakData = Record<string, unknown>;

// export UpdateVersionParams
interface UpdateVersionParams {
    version_id: string;
    description?: string | null;
    title?: string | null;
}

// export UpdateVersionResponse
type UpdateVersionResponse = Version;

// export Value
type Value = number | string | boolean | unknown[] | Record<string, unknown> | null;

// export VectorImageData
interface VectorImageData {
    alt_text?: string;
    source?: DataSource;
}

// export Version
interface Version {
    created_at: string;
    created_by: Subject;
    description?: string | null;
    document_id: string;
    id: string;
    processing_status: ProcessingStatus | (string & {});
    title?: string | null;
    url: string;
}

// export Versions
class Versions {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    create(params: CreateDocumentVersionParams, options?: RequestOptions): Promise<CreateDocumentVersionResponse>;
    get(params: GetVersionParams, options?: RequestOptions): Promise<GetVersionResponse>;
    getRecord(params: GetVersionRecordParams, options?: RequestOptions): Promise<GetVersionRecordResponse>;
    list(params: ListDocumentVersionsParams, options?: RequestOptions): PageRequest<Version, ListDocumentVersionsResponse>;
    update(params: UpdateVersionParams, options?: RequestOptions): Promise<UpdateVersionResponse>;
}

// export VerticalAlignment
type VerticalAlignment = "VERTICAL_ALIGNMENT_UNSPECIFIED" | "VERTICAL_ALIGNMENT_TOP" | "VERTICAL_ALIGNMENT_CENTER" | "VERTICAL_ALIGNMENT_BOTTOM";

// export createDocumentVersion
function createDocumentVersion(client: FactifyClient, params: CreateDocumentVersionParams, options?: RequestOptions): Promise<CreateDocumentVersionResponse>;

// export getVersion
function getVersion(client: FactifyClient, params: GetVersionParams, options?: RequestOptions): Promise<GetVersionResponse>;

// export getVersionRecord
function getVersionRecord(client: FactifyClient, params: GetVersionRecordParams, options?: RequestOptions): Promise<GetVersionRecordResponse>;

// export listDocumentVersions
function listDocumentVersions(client: FactifyClient, params: ListDocumentVersionsParams, options?: RequestOptions): PageRequest<Version, ListDocumentVersionsResponse>;

// export updateVersion
function updateVersion(client: FactifyClient, params: UpdateVersionParams, options?: RequestOptions): Promise<UpdateVersionResponse>;
