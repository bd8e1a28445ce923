// API snapshot of @factify/versions "./schemas" (./dist/schemas.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export BlockPathSchema
const BlockPathSchema: GenericSchema<unknown, BlockPath>;

// export BlockSchema
const BlockSchema: GenericSchema<unknown, Block>;

// export BlockSpacingSchema
const BlockSpacingSchema: GenericSchema<unknown, BlockSpacing>;

// export BoundingBoxSchema
const BoundingBoxSchema: GenericSchema<unknown, BoundingBox>;

// export CellAlignmentSchema
const CellAlignmentSchema: GenericSchema<unknown, CellAlignment>;

// export CellErrorTypeSchema
const CellErrorTypeSchema: GenericSchema<unknown, CellErrorType | (string & {})>;

// export CellErrorTypeValues
const CellErrorTypeValues: readonly [
    "CELL_ERROR_TYPE_UNSPECIFIED",
    "CELL_ERROR_TYPE_NULL",
    "CELL_ERROR_TYPE_DIV_ZERO",
    "CELL_ERROR_TYPE_VALUE",
    "CELL_ERROR_TYPE_REF",
    "CELL_ERROR_TYPE_NAME",
    "CELL_ERROR_TYPE_NUM",
    "CELL_ERROR_TYPE_NA",
    "CELL_ERROR_TYPE_GETTING_DATA",
    "CELL_ERROR_TYPE_SPILL",
    "CELL_ERROR_TYPE_CALC"
];

// export CellLayoutBindingSchema
const CellLayoutBindingSchema: GenericSchema<unknown, CellLayoutBinding>;

// export CellTypeSchema
const CellTypeSchema: GenericSchema<unknown, CellType | (string & {})>;

// export CellTypeValues
const CellTypeValues: readonly [
    "CELL_TYPE_UNSPECIFIED",
    "CELL_TYPE_STRING",
    "CELL_TYPE_NUMBER",
    "CELL_TYPE_BOOLEAN",
    "CELL_TYPE_DATE",
    "CELL_TYPE_ERROR",
    "CELL_TYPE_TIME",
    "CELL_TYPE_DATE_TIME"
];

// export CodeBlockDataSchema
const CodeBlockDataSchema: GenericSchema<unknown, CodeBlockData>;

// export ColumnDefSchema
const ColumnDefSchema: GenericSchema<unknown, ColumnDef>;

// export ColumnFormatBindingSchema
const ColumnFormatBindingSchema: GenericSchema<unknown, ColumnFormatBinding>;

// export ColumnLayoutSchema
const ColumnLayoutSchema: GenericSchema<unknown, ColumnLayout>;

// export CreateDocumentVersionParamsSchema
const CreateDocumentVersionParamsSchema: GenericSchema<CreateDocumentVersionParams>;

// export DataCellSchema
const DataCellSchema: GenericSchema<unknown, DataCell>;

// export DataRowSchema
const DataRowSchema: GenericSchema<unknown, DataRow>;

// export DataSourceSchema
const DataSourceSchema: GenericSchema<unknown, DataSource>;

// export DataTableSchema
const DataTableSchema: GenericSchema<unknown, DataTable>;

// export DirectionSchema
const DirectionSchema: GenericSchema<unknown, Direction | (string & {})>;

// export DirectionValues
const DirectionValues: readonly [
    "DIRECTION_UNSPECIFIED",
    "DIRECTION_LTR",
    "DIRECTION_RTL"
];

// export DocumentBundleSchema
const DocumentBundleSchema: GenericSchema<unknown, DocumentBundle>;

// export DocumentLayoutSchema
const DocumentLayoutSchema: GenericSchema<unknown, DocumentLayout>;

// export DocumentMetadataSchema
const DocumentMetadataSchema: GenericSchema<unknown, DocumentMetadata>;

// export DocumentRecordSchema
const DocumentRecordSchema: GenericSchema<unknown, DocumentRecord>;

// export FootnoteDataSchema
const FootnoteDataSchema: GenericSchema<unknown, FootnoteData>;

// export FrozenPaneSchema
const FrozenPaneSchema: GenericSchema<unknown, FrozenPane>;

// export GetRecordResponseSchema
const GetRecordResponseSchema: GenericSchema<unknown, GetRecordResponse>;

// export GetVersionParamsSchema
const GetVersionParamsSchema: GenericSchema<GetVersionParams>;

// export GetVersionRecordParamsSchema
const GetVersionRecordParamsSchema: GenericSchema<GetVersionRecordParams>;

// export HeadingDataSchema
const HeadingDataSchema: GenericSchema<unknown, HeadingData>;

// export HorizontalAlignmentSchema
const HorizontalAlignmentSchema: GenericSchema<unknown, HorizontalAlignment | (string & {})>;

// export HorizontalAlignmentValues
const HorizontalAlignmentValues: readonly [
    "HORIZONTAL_ALIGNMENT_UNSPECIFIED",
    "HORIZONTAL_ALIGNMENT_LEFT",
    "HORIZONTAL_ALIGNMENT_CENTER",
    "HORIZONTAL_ALIGNMENT_RIGHT",
    "HORIZONTAL_ALIGNMENT_FILL",
    "HORIZONTAL_ALIGNMENT_JUSTIFY"
];

// export IndentationSchema
const IndentationSchema: GenericSchema<unknown, Indentation>;

// export InsetsSchema
const InsetsSchema: GenericSchema<unknown, Insets>;

// export LayoutBindingSchema
const LayoutBindingSchema: GenericSchema<unknown, LayoutBinding>;

// export LayoutDefaultsSchema
const LayoutDefaultsSchema: GenericSchema<unknown, LayoutDefaults>;

// export LayoutFragmentSchema
const LayoutFragmentSchema: GenericSchema<unknown, LayoutFragment>;

// export LineSpacingSchema
const LineSpacingSchema: GenericSchema<unknown, LineSpacing | (string & {})>;

// export LineSpacingValueSchema
const LineSpacingValueSchema: GenericSchema<unknown, LineSpacingValue>;

// export LineSpacingValues
const LineSpacingValues: readonly [
    "LINE_SPACING_UNSPECIFIED",
    "LINE_SPACING_SINGLE",
    "LINE_SPACING_ONE_AND_HALF",
    "LINE_SPACING_DOUBLE"
];

// export ListDataItemSchema
const ListDataItemSchema: GenericSchema<unknown, ListDataItem>;

// export ListDataSchema
const ListDataSchema: GenericSchema<unknown, ListData>;

// export ListDocumentVersionsParamsSchema
const ListDocumentVersionsParamsSchema: GenericSchema<ListDocumentVersionsParams>;

// export ListStyleSchema
const ListStyleSchema: GenericSchema<unknown, ListStyle | (string & {})>;

// export ListStyleValues
const ListStyleValues: readonly [
    "LIST_STYLE_UNSPECIFIED",
    "LIST_STYLE_UNORDERED",
    "LIST_STYLE_ORDERED"
];

// export ListVersionsResponseSchema
const ListVersionsResponseSchema: GenericSchema<unknown, ListVersionsResponse>;

// export MarginsSchema
const MarginsSchema: GenericSchema<unknown, Margins>;

// export MergedRegionSchema
const MergedRegionSchema: GenericSchema<unknown, MergedRegion>;

// export MimeTypeSchema
const MimeTypeSchema: GenericSchema<unknown, MimeType | (string & {})>;

// export MimeTypeValues
const MimeTypeValues: readonly [
    "MIME_TYPE_UNSPECIFIED",
    "MIME_TYPE_IMAGE_PNG",
    "MIME_TYPE_IMAGE_JPEG",
    "MIME_TYPE_IMAGE_GIF",
    "MIME_TYPE_IMAGE_WEBP",
    "MIME_TYPE_IMAGE_BMP",
    "MIME_TYPE_IMAGE_TIFF",
    "MIME_TYPE_IMAGE_SVG",
    "MIME_TYPE_IMAGE_EPS",
    "MIME_TYPE_APPLICATION_PDF"
];

// export NamedRangeSchema
const NamedRangeSchema: GenericSchema<unknown, NamedRange>;

// export NumberFormatCategorySchema
const NumberFormatCategorySchema: GenericSchema<unknown, NumberFormatCategory | (string & {})>;

// export NumberFormatCategoryValues
const NumberFormatCategoryValues: readonly [
    "NUMBER_FORMAT_CATEGORY_UNSPECIFIED",
    "NUMBER_FORMAT_CATEGORY_GENERAL",
    "NUMBER_FORMAT_CATEGORY_NUMBER",
    "NUMBER_FORMAT_CATEGORY_CURRENCY",
    "NUMBER_FORMAT_CATEGORY_ACCOUNTING",
    "NUMBER_FORMAT_CATEGORY_PERCENTAGE",
    "NUMBER_FORMAT_CATEGORY_FRACTION",
    "NUMBER_FORMAT_CATEGORY_SCIENTIFIC",
    "NUMBER_FORMAT_CATEGORY_TEXT",
    "NUMBER_FORMAT_CATEGORY_DATE",
    "NUMBER_FORMAT_CATEGORY_TIME",
    "NUMBER_FORMAT_CATEGORY_DATE_TIME",
    "NUMBER_FORMAT_CATEGORY_DURATION"
];

// export OrientationSchema
const OrientationSchema: GenericSchema<unknown, Orientation | (string & {})>;

// export OrientationValues
const OrientationValues: readonly [
    "ORIENTATION_UNSPECIFIED",
    "ORIENTATION_PORTRAIT",
    "ORIENTATION_LANDSCAPE"
];

// export PageGeometrySchema
const PageGeometrySchema: GenericSchema<unknown, PageGeometry>;

// export PageSizeSchema
const PageSizeSchema: GenericSchema<unknown, PageSize | (string & {})>;

// export PageSizeValues
const PageSizeValues: readonly [
    "PAGE_SIZE_UNSPECIFIED",
    "PAGE_SIZE_A4",
    "PAGE_SIZE_LETTER",
    "PAGE_SIZE_LEGAL",
    "PAGE_SIZE_A3",
    "PAGE_SIZE_TABLOID",
    "PAGE_SIZE_CUSTOM"
];

// export PaginationSchema
const PaginationSchema: GenericSchema<unknown, Pagination>;

// export ParagraphDataSchema
const ParagraphDataSchema: GenericSchema<unknown, ParagraphData>;

// export PathSegmentSchema
const PathSegmentSchema: GenericSchema<unknown, PathSegment>;

// export PhysicalDimensionsSchema
const PhysicalDimensionsSchema: GenericSchema<unknown, PhysicalDimensions>;

// export ProcessingStatusSchema
const ProcessingStatusSchema: GenericSchema<unknown, ProcessingStatus | (string & {})>;

// export ProcessingStatusValues
const ProcessingStatusValues: readonly [
    "processing",
    "ready",
    "failed"
];

// export QuoteDataSchema
const QuoteDataSchema: GenericSchema<unknown, QuoteData>;

// export RasterImageDataSchema
const RasterImageDataSchema: GenericSchema<unknown, RasterImageData>;

// export RowLayoutSchema
const RowLayoutSchema: GenericSchema<unknown, RowLayout>;

// export SectionDataSchema
const SectionDataSchema: GenericSchema<unknown, SectionData>;

// export SheetChartSchema
const SheetChartSchema: GenericSchema<unknown, SheetChart>;

// export SheetImageSchema
const SheetImageSchema: GenericSchema<unknown, SheetImage>;

// export SheetLayoutSchema
const SheetLayoutSchema: GenericSchema<unknown, SheetLayout>;

// export SheetSchema
const SheetSchema: GenericSchema<unknown, Sheet>;

// export SourceReferenceSchema
const SourceReferenceSchema: GenericSchema<unknown, SourceReference>;

// export SpreadsheetBundleSchema
const SpreadsheetBundleSchema: GenericSchema<unknown, SpreadsheetBundle>;

// export SpreadsheetLayoutDefaultsSchema
const SpreadsheetLayoutDefaultsSchema: GenericSchema<unknown, SpreadsheetLayoutDefaults>;

// export SpreadsheetLayoutSchema
const SpreadsheetLayoutSchema: GenericSchema<unknown, SpreadsheetLayout>;

// export SpreadsheetMetadataSchema
const SpreadsheetMetadataSchema: GenericSchema<unknown, SpreadsheetMetadata>;

// export SpreadsheetRecordSchema
const SpreadsheetRecordSchema: GenericSchema<unknown, SpreadsheetRecord>;

// export StructSchema
const StructSchema: GenericSchema<unknown, Struct>;

// export SubjectSchema
const SubjectSchema: GenericSchema<unknown, Subject>;

// export SubjectTypeSchema
const SubjectTypeSchema: GenericSchema<unknown, SubjectType | (string & {})>;

// export SubjectTypeValues
const SubjectTypeValues: readonly [
    "user",
    "bot"
];

// export TableCellLayoutSchema
const TableCellLayoutSchema: GenericSchema<unknown, TableCellLayout>;

// export TableDataRowCellSchema
const TableDataRowCellSchema: GenericSchema<unknown, TableDataRowCell>;

// export TableDataRowSchema
const TableDataRowSchema: GenericSchema<unknown, TableDataRow>;

// export TableDataSchema
const TableDataSchema: GenericSchema<unknown, TableData>;

// export TableLayoutSchema
const TableLayoutSchema: GenericSchema<unknown, TableLayout>;

// export TableRowLayoutSchema
const TableRowLayoutSchema: GenericSchema<unknown, TableRowLayout>;

// export TableWidthModeSchema
const TableWidthModeSchema: GenericSchema<unknown, TableWidthMode | (string & {})>;

// export TableWidthModeValues
const TableWidthModeValues: readonly [
    "TABLE_WIDTH_MODE_UNSPECIFIED",
    "TABLE_WIDTH_MODE_AUTO",
    "TABLE_WIDTH_MODE_FIXED"
];

// export TextAlignmentSchema
const TextAlignmentSchema: GenericSchema<unknown, TextAlignment | (string & {})>;

// export TextAlignmentValues
const TextAlignmentValues: readonly [
    "TEXT_ALIGNMENT_UNSPECIFIED",
    "TEXT_ALIGNMENT_LEFT",
    "TEXT_ALIGNMENT_CENTER",
    "TEXT_ALIGNMENT_RIGHT",
    "TEXT_ALIGNMENT_JUSTIFY"
];

// export TextBlockLayoutSchema
const TextBlockLayoutSchema: GenericSchema<unknown, TextBlockLayout>;

// export ThematicBreakDataSchema
const ThematicBreakDataSchema: GenericSchema<unknown, ThematicBreakData>;

// export UpdateVersionParamsSchema
const UpdateVersionParamsSchema: GenericSchema<UpdateVersionParams>;

// export ValueSchema
const ValueSchema: GenericSchema<unknown, Value>;

// export VectorImageDataSchema
const VectorImageDataSchema: GenericSchema<unknown, VectorImageData>;

// export VersionSchema
const VersionSchema: GenericSchema<unknown, Version>;

// export VerticalAlignmentSchema
const VerticalAlignmentSchema: GenericSchema<unknown, VerticalAlignment | (string & {})>;

// export VerticalAlignmentValues
const VerticalAlignmentValues: readonly [
    "VERTICAL_ALIGNMENT_UNSPECIFIED",
    "VERTICAL_ALIGNMENT_TOP",
    "VERTICAL_ALIGNMENT_CENTER",
    "VERTICAL_ALIGNMENT_BOTTOM"
];

// export createDocumentVersionOperation
const createDocumentVersionOperation: OperationDescriptor<CreateDocumentVersionParams, CreateDocumentVersionResponse>;

// export getVersionOperation
const getVersionOperation: OperationDescriptor<GetVersionParams, GetVersionResponse>;

// export getVersionRecordOperation
const getVersionRecordOperation: OperationDescriptor<GetVersionRecordParams, GetVersionRecordResponse>;

// export listDocumentVersionsOperation
const listDocumentVersionsOperation: OperationDescriptor<ListDocumentVersionsParams, ListDocumentVersionsResponse>;

// export updateVersionOperation
const updateVersionOperation: OperationDescriptor<UpdateVersionParams, UpdateVersionResponse>;
