/**
 * Every issue code the Khronos glTF-Validator can report (its ISSUES.md), in plain words for the
 * editor: what is wrong, in English and German. What to do depends on the family of the issue
 * (a damaged .glb needs a new upload, a schema error a new export), see {@link WHAT_TO_DO}.
 * A test keeps this table complete against the installed validator's list.
 */
export type IssueFamily =
  | "IoError"
  | "SchemaError"
  | "SemanticError"
  | "LinkError"
  | "DataError"
  | "GlbError";
export type Language = "en" | "de";

export interface IssueWords {
  family: IssueFamily;
  en: string;
  de: string;
}

/** What the editor can do, per family; warnings and notes need nothing (see {@link NOTHING_TO_DO}). */
export const WHAT_TO_DO: Record<IssueFamily, Record<Language, string>> = {
  IoError: {
    en: "Upload the missing file together with the .gltf, or export the model as one .glb file.",
    de: "Laden Sie die fehlende Datei zusammen mit der .gltf hoch oder exportieren Sie das Modell als eine einzelne .glb-Datei.",
  },
  GlbError: {
    en: "The file is damaged or incomplete: upload it again, or export it again from the 3D software.",
    de: "Die Datei ist beschädigt oder unvollständig: Laden Sie sie erneut hoch oder exportieren Sie sie erneut aus der 3D-Software.",
  },
  SchemaError: {
    en: "Export the model again from the 3D software (e.g. Blender's glTF export) and upload the new file.",
    de: "Exportieren Sie das Modell erneut aus der 3D-Software (z. B. mit dem glTF-Export von Blender) und laden Sie die neue Datei hoch.",
  },
  SemanticError: {
    en: "Export the model again from the 3D software (e.g. Blender's glTF export) and upload the new file.",
    de: "Exportieren Sie das Modell erneut aus der 3D-Software (z. B. mit dem glTF-Export von Blender) und laden Sie die neue Datei hoch.",
  },
  LinkError: {
    en: "Export the model again from the 3D software; if it persists, open and re-save it in Blender and export again.",
    de: "Exportieren Sie das Modell erneut aus der 3D-Software; bleibt der Fehler, öffnen Sie es in Blender und exportieren Sie es von dort.",
  },
  DataError: {
    en: "The model data is damaged: export the model again from the 3D software, or repair the mesh (e.g. in Blender) and export again.",
    de: "Die Modelldaten sind beschädigt: Exportieren Sie das Modell erneut aus der 3D-Software oder reparieren Sie das Netz (z. B. in Blender) und exportieren Sie erneut.",
  },
};

/** For warnings and notes: the model is prepared anyway. */
export const NOTHING_TO_DO: Record<Language, string> = {
  en: "The model can still be shown; fix it at the next export if you like.",
  de: "Das Modell kann trotzdem gezeigt werden; beheben Sie es gern beim nächsten Export.",
};

export const ISSUE_WORDS: Record<string, IssueWords> = {
  IO_ERROR: {
    family: "IoError",
    en: "a file the model refers to was not found or could not be read",
    de: "eine Datei, auf die das Modell verweist, wurde nicht gefunden oder ist nicht lesbar",
  },
  ARRAY_LENGTH_NOT_IN_LIST: {
    family: "SchemaError",
    en: "a list in the model has a length that glTF does not allow",
    de: "eine Liste im Modell hat eine in glTF nicht erlaubte Länge",
  },
  ARRAY_TYPE_MISMATCH: {
    family: "SchemaError",
    en: "a list in the model holds values of the wrong type",
    de: "eine Liste im Modell enthält Werte vom falschen Typ",
  },
  DUPLICATE_ELEMENTS: {
    family: "SchemaError",
    en: "a list in the model contains the same entry twice",
    de: "eine Liste im Modell enthält denselben Eintrag doppelt",
  },
  EMPTY_ENTITY: {
    family: "SchemaError",
    en: "an entry in the model is empty although it must hold data",
    de: "ein Eintrag im Modell ist leer, obwohl er Daten enthalten muss",
  },
  INVALID_INDEX: {
    family: "SchemaError",
    en: "the model refers to an entry by a number that is not a valid index",
    de: "das Modell verweist mit einer ungültigen Nummer auf einen Eintrag",
  },
  INVALID_JSON: {
    family: "SchemaError",
    en: "the model's JSON text is broken (the file is damaged or not a glTF file)",
    de: "der JSON-Text des Modells ist kaputt (die Datei ist beschädigt oder keine glTF-Datei)",
  },
  INVALID_URI: {
    family: "SchemaError",
    en: "the model names a side file with an address that cannot be read",
    de: "das Modell nennt eine Nebendatei mit einer unlesbaren Adresse",
  },
  ONE_OF_MISMATCH: {
    family: "SchemaError",
    en: "an entry has none or several of the alternatives of which exactly one is required",
    de: "ein Eintrag hat keine oder mehrere von Alternativen, von denen genau eine nötig ist",
  },
  PATTERN_MISMATCH: {
    family: "SchemaError",
    en: "a text value in the model has the wrong form",
    de: "ein Textwert im Modell hat die falsche Form",
  },
  TYPE_MISMATCH: {
    family: "SchemaError",
    en: "a value in the model has the wrong type",
    de: "ein Wert im Modell hat den falschen Typ",
  },
  UNDEFINED_PROPERTY: {
    family: "SchemaError",
    en: "a required property is missing in the model",
    de: "im Modell fehlt eine vorgeschriebene Angabe",
  },
  UNEXPECTED_PROPERTY: {
    family: "SchemaError",
    en: "the model contains a property glTF does not know (it is ignored)",
    de: "das Modell enthält eine in glTF unbekannte Angabe (sie wird ignoriert)",
  },
  UNSATISFIED_DEPENDENCY: {
    family: "SchemaError",
    en: "a property needs another property that is missing",
    de: "eine Angabe braucht eine andere Angabe, die fehlt",
  },
  VALUE_MULTIPLE_OF: {
    family: "SchemaError",
    en: "a number in the model is not a multiple of what glTF requires",
    de: "eine Zahl im Modell ist kein Vielfaches des in glTF Vorgeschriebenen",
  },
  VALUE_NOT_IN_LIST: {
    family: "SchemaError",
    en: "a value in the model is not one of the allowed values",
    de: "ein Wert im Modell gehört nicht zu den erlaubten Werten",
  },
  VALUE_NOT_IN_RANGE: {
    family: "SchemaError",
    en: "a value in the model is outside its allowed range",
    de: "ein Wert im Modell liegt außerhalb des erlaubten Bereichs",
  },
  ACCESSOR_MATRIX_ALIGNMENT: {
    family: "SemanticError",
    en: "matrix data is not aligned to 4 bytes",
    de: "Matrixdaten sind nicht auf 4 Byte ausgerichtet",
  },
  ACCESSOR_NORMALIZED_INVALID: {
    family: "SemanticError",
    en: "a data block is marked as normalised although its number type cannot be",
    de: "ein Datenblock ist als normalisiert markiert, obwohl sein Zahlentyp das nicht erlaubt",
  },
  ACCESSOR_OFFSET_ALIGNMENT: {
    family: "SemanticError",
    en: "a data block starts at a position that does not fit its number type",
    de: "ein Datenblock beginnt an einer Stelle, die nicht zu seinem Zahlentyp passt",
  },
  ACCESSOR_SPARSE_COUNT_OUT_OF_RANGE: {
    family: "SemanticError",
    en: "a sparse data block changes more values than it has",
    de: "ein dünn besetzter Datenblock ändert mehr Werte, als er hat",
  },
  ANIMATION_CHANNEL_TARGET_NODE_SKIN: {
    family: "SemanticError",
    en: "an animation moves a skinned mesh directly, which has no effect",
    de: "eine Animation bewegt ein gebundenes Netz direkt, was keine Wirkung hat",
  },
  ASSET_MIN_VERSION_GREATER_THAN_VERSION: {
    family: "SemanticError",
    en: "the model's minimum glTF version is higher than its version",
    de: "die Mindestversion des Modells ist höher als seine glTF-Version",
  },
  BUFFER_DATA_URI_MIME_TYPE_INVALID: {
    family: "SemanticError",
    en: "embedded binary data has the wrong media type",
    de: "eingebettete Binärdaten haben den falschen Medientyp",
  },
  BUFFER_VIEW_INVALID_BYTE_STRIDE: {
    family: "SemanticError",
    en: "a data block that is not vertex data declares a vertex stride",
    de: "ein Datenblock, der keine Eckpunktdaten enthält, gibt einen Eckpunktabstand an",
  },
  BUFFER_VIEW_TOO_BIG_BYTE_STRIDE: {
    family: "SemanticError",
    en: "a data block's stride is larger than the block itself",
    de: "die Schrittweite eines Datenblocks ist größer als der Block selbst",
  },
  CAMERA_XMAG_YMAG_NEGATIVE: {
    family: "SemanticError",
    en: "an orthographic camera has a negative size",
    de: "eine orthografische Kamera hat eine negative Größe",
  },
  CAMERA_XMAG_YMAG_ZERO: {
    family: "SemanticError",
    en: "an orthographic camera has the size zero",
    de: "eine orthografische Kamera hat die Größe null",
  },
  CAMERA_YFOV_GEQUAL_PI: {
    family: "SemanticError",
    en: "a camera's field of view is 180 degrees or wider",
    de: "das Sichtfeld einer Kamera ist 180 Grad oder breiter",
  },
  CAMERA_ZFAR_LEQUAL_ZNEAR: {
    family: "SemanticError",
    en: "a camera's far plane is not beyond its near plane",
    de: "die ferne Schnittebene einer Kamera liegt nicht hinter der nahen",
  },
  EXTRA_PROPERTY: {
    family: "SemanticError",
    en: "the model contains a property that is never used",
    de: "das Modell enthält eine Angabe, die nie benutzt wird",
  },
  INVALID_EXTENSION_NAME_FORMAT: {
    family: "SemanticError",
    en: "an extension name has an invalid form",
    de: "ein Erweiterungsname hat eine ungültige Form",
  },
  INVALID_GL_VALUE: {
    family: "SemanticError",
    en: "a WebGL constant in the model is invalid",
    de: "eine WebGL-Konstante im Modell ist ungültig",
  },
  KHR_ANIMATION_POINTER_ANIMATION_CHANNEL_TARGET_NODE: {
    family: "SemanticError",
    en: "an animation pointer channel also names a node",
    de: "ein Animationszeiger-Kanal nennt zusätzlich einen Knoten",
  },
  KHR_ANIMATION_POINTER_ANIMATION_CHANNEL_TARGET_PATH: {
    family: "SemanticError",
    en: 'an animation pointer channel does not use the path "pointer"',
    de: "ein Animationszeiger-Kanal verwendet nicht den Pfad „pointer“",
  },
  KHR_LIGHTS_PUNCTUAL_LIGHT_SPOT_ANGLES: {
    family: "SemanticError",
    en: "a spot light's outer cone is not wider than its inner cone",
    de: "der äußere Kegel eines Spotlichts ist nicht weiter als der innere",
  },
  KHR_MATERIALS_ANISOTROPY_ANISOTROPY_TEXTURE_TEXCOORD: {
    family: "SemanticError",
    en: "the normal and anisotropy textures use different texture coordinates",
    de: "Normal- und Anisotropie-Textur verwenden verschiedene Texturkoordinaten",
  },
  KHR_MATERIALS_CLEARCOAT_CLEARCOAT_NORMAL_TEXTURE_TEXCOORD: {
    family: "SemanticError",
    en: "the normal and clear-coat normal textures use different texture coordinates",
    de: "Normal- und Klarlack-Normaltextur verwenden verschiedene Texturkoordinaten",
  },
  KHR_MATERIALS_DISPERSION_NO_VOLUME: {
    family: "SemanticError",
    en: "a material uses dispersion without volume, so it has no effect",
    de: "ein Material nutzt Dispersion ohne Volumen, das hat keine Wirkung",
  },
  KHR_MATERIALS_EMISSIVE_STRENGTH_ZERO_FACTOR: {
    family: "SemanticError",
    en: "a material's glow strength has no effect because it does not glow",
    de: "die Leuchtstärke eines Materials wirkt nicht, weil es nicht leuchtet",
  },
  KHR_MATERIALS_IRIDESCENCE_THICKNESS_RANGE_WITHOUT_TEXTURE: {
    family: "SemanticError",
    en: "an iridescence thickness range has no effect without its texture",
    de: "ein Schillern-Dickenbereich wirkt nicht ohne seine Textur",
  },
  KHR_MATERIALS_IRIDESCENCE_THICKNESS_TEXTURE_UNUSED: {
    family: "SemanticError",
    en: "an iridescence thickness texture has no effect (minimum equals maximum)",
    de: "eine Schillern-Dickentextur wirkt nicht (Minimum gleich Maximum)",
  },
  KHR_MATERIALS_VOLUME_DOUBLE_SIDED: {
    family: "SemanticError",
    en: "a volume material is double-sided, which renders wrongly",
    de: "ein Volumen-Material ist doppelseitig, das wird falsch dargestellt",
  },
  KHR_MATERIALS_VOLUME_NO_TRANSMISSION: {
    family: "SemanticError",
    en: "a volume material lets no light through, so the volume has no effect",
    de: "ein Volumen-Material lässt kein Licht durch, das Volumen wirkt nicht",
  },
  MATERIAL_ALPHA_CUTOFF_INVALID_MODE: {
    family: "SemanticError",
    en: "a material has an alpha cut-off but does not use the MASK mode",
    de: "ein Material hat einen Alpha-Schwellwert, nutzt aber nicht den Modus MASK",
  },
  MESH_INVALID_WEIGHTS_COUNT: {
    family: "SemanticError",
    en: "a mesh has a different number of morph weights than morph targets",
    de: "ein Netz hat eine andere Zahl von Morph-Gewichten als Morph-Zielen",
  },
  MESH_PRIMITIVES_UNEQUAL_TARGETS_COUNT: {
    family: "SemanticError",
    en: "parts of one mesh have different numbers of morph targets",
    de: "Teile eines Netzes haben verschiedene Zahlen von Morph-Zielen",
  },
  MESH_PRIMITIVE_INDEXED_SEMANTIC_CONTINUITY: {
    family: "SemanticError",
    en: "numbered vertex attributes (like TEXCOORD_0, _1) have a gap",
    de: "nummerierte Eckpunkt-Attribute (wie TEXCOORD_0, _1) haben eine Lücke",
  },
  MESH_PRIMITIVE_INVALID_ATTRIBUTE: {
    family: "SemanticError",
    en: "a mesh has a vertex attribute with an invalid name",
    de: "ein Netz hat ein Eckpunkt-Attribut mit ungültigem Namen",
  },
  MESH_PRIMITIVE_JOINTS_WEIGHTS_MISMATCH: {
    family: "SemanticError",
    en: "a mesh has a different number of joint and weight attributes",
    de: "ein Netz hat verschieden viele Gelenk- und Gewichts-Attribute",
  },
  MESH_PRIMITIVE_NO_POSITION: {
    family: "SemanticError",
    en: "a mesh part has no vertex positions, so there is nothing to draw",
    de: "ein Netzteil hat keine Eckpunkt-Positionen, es gibt nichts zu zeichnen",
  },
  MESH_PRIMITIVE_TANGENT_WITHOUT_NORMAL: {
    family: "SemanticError",
    en: "a mesh has tangents but no normals",
    de: "ein Netz hat Tangenten, aber keine Normalen",
  },
  MULTIPLE_EXTENSIONS: {
    family: "SemanticError",
    en: "an entry uses extensions that may not work together",
    de: "ein Eintrag nutzt Erweiterungen, die womöglich nicht zusammen funktionieren",
  },
  NODE_EMPTY: {
    family: "SemanticError",
    en: "the model contains an empty node",
    de: "das Modell enthält einen leeren Knoten",
  },
  NODE_MATRIX_DEFAULT: {
    family: "SemanticError",
    en: "a node states the default transform matrix needlessly",
    de: "ein Knoten gibt unnötig die Standard-Transformationsmatrix an",
  },
  NODE_MATRIX_NON_TRS: {
    family: "SemanticError",
    en: "a node's transform matrix cannot be split into move, rotate and scale",
    de: "die Transformationsmatrix eines Knotens lässt sich nicht in Verschieben, Drehen und Skalieren zerlegen",
  },
  NODE_MATRIX_TRS: {
    family: "SemanticError",
    en: "a node has both a matrix and separate move/rotate/scale values",
    de: "ein Knoten hat sowohl eine Matrix als auch einzelne Verschiebe-/Dreh-/Skalierwerte",
  },
  NODE_SKINNED_MESH_LOCAL_TRANSFORMS: {
    family: "SemanticError",
    en: "a skinned mesh's own transform has no effect",
    de: "die eigene Transformation eines gebundenen Netzes wirkt nicht",
  },
  NODE_SKINNED_MESH_NON_ROOT: {
    family: "SemanticError",
    en: "a skinned mesh is not at the top of the hierarchy, so parent transforms are ignored",
    de: "ein gebundenes Netz steht nicht oben in der Hierarchie, Eltern-Transformationen wirken nicht",
  },
  NODE_SKIN_NO_SCENE: {
    family: "SemanticError",
    en: "a skinned mesh is in a scene without its skeleton",
    de: "ein gebundenes Netz steht in einer Szene ohne sein Skelett",
  },
  NON_OBJECT_EXTRAS: {
    family: "SemanticError",
    en: "custom extra data is not an object",
    de: "zusätzliche eigene Daten sind kein Objekt",
  },
  NON_RELATIVE_URI: {
    family: "SemanticError",
    en: "the model refers to a file by an absolute address instead of a file beside it",
    de: "das Modell verweist mit einer absoluten Adresse statt auf eine Datei daneben",
  },
  NON_REQUIRED_EXTENSION: {
    family: "SemanticError",
    en: "an extension that must be required is only marked as optional",
    de: "eine Erweiterung, die vorausgesetzt werden muss, ist nur optional angegeben",
  },
  ROTATION_NON_UNIT: {
    family: "SemanticError",
    en: "a rotation is not a normalised quaternion",
    de: "eine Drehung ist kein normiertes Quaternion",
  },
  SKIN_NO_COMMON_ROOT: {
    family: "SemanticError",
    en: "the joints of a skeleton have no common root",
    de: "die Gelenke eines Skeletts haben keine gemeinsame Wurzel",
  },
  SKIN_SKELETON_INVALID: {
    family: "SemanticError",
    en: "the skeleton's root node is not the common root of its joints",
    de: "der Wurzelknoten des Skeletts ist nicht die gemeinsame Wurzel seiner Gelenke",
  },
  UNKNOWN_ASSET_MAJOR_VERSION: {
    family: "SemanticError",
    en: "the model uses an unknown glTF major version (only glTF 2 is supported)",
    de: "das Modell nutzt eine unbekannte glTF-Hauptversion (nur glTF 2 wird unterstützt)",
  },
  UNKNOWN_ASSET_MINOR_VERSION: {
    family: "SemanticError",
    en: "the model uses a newer glTF minor version than known",
    de: "das Modell nutzt eine neuere glTF-Unterversion als bekannt",
  },
  UNUSED_EXTENSION_REQUIRED: {
    family: "SemanticError",
    en: "an extension is required but never used",
    de: "eine Erweiterung wird vorausgesetzt, aber nie benutzt",
  },
  ACCESSOR_SMALL_BYTESTRIDE: {
    family: "LinkError",
    en: "vertex data overlaps because its stride is too small",
    de: "Eckpunktdaten überlappen, weil ihre Schrittweite zu klein ist",
  },
  ACCESSOR_TOO_LONG: {
    family: "LinkError",
    en: "a data block reaches beyond the binary data it lives in (truncated or damaged file)",
    de: "ein Datenblock reicht über die Binärdaten hinaus (abgeschnittene oder beschädigte Datei)",
  },
  ACCESSOR_TOTAL_OFFSET_ALIGNMENT: {
    family: "LinkError",
    en: "a data block starts at a position that does not fit its number type",
    de: "ein Datenblock beginnt an einer Stelle, die nicht zu seinem Zahlentyp passt",
  },
  ACCESSOR_USAGE_OVERRIDE: {
    family: "LinkError",
    en: "the same data block is used for two different purposes",
    de: "derselbe Datenblock wird für zwei verschiedene Zwecke benutzt",
  },
  ANIMATION_CHANNEL_TARGET_NODE_MATRIX: {
    family: "LinkError",
    en: "an animation moves a node that is placed by a matrix",
    de: "eine Animation bewegt einen Knoten, der per Matrix platziert ist",
  },
  ANIMATION_CHANNEL_TARGET_NODE_WEIGHTS_NO_MORPHS: {
    family: "LinkError",
    en: "an animation changes morph weights of a mesh without morph targets",
    de: "eine Animation ändert Morph-Gewichte eines Netzes ohne Morph-Ziele",
  },
  ANIMATION_DUPLICATE_TARGETS: {
    family: "LinkError",
    en: "two animation channels move the same thing",
    de: "zwei Animationskanäle bewegen dasselbe",
  },
  ANIMATION_SAMPLER_ACCESSOR_WITH_BYTESTRIDE: {
    family: "LinkError",
    en: "animation data declares a stride, which is not allowed",
    de: "Animationsdaten geben eine Schrittweite an, das ist nicht erlaubt",
  },
  ANIMATION_SAMPLER_INPUT_ACCESSOR_INVALID_FORMAT: {
    family: "LinkError",
    en: "animation times have the wrong number format",
    de: "Animationszeiten haben das falsche Zahlenformat",
  },
  ANIMATION_SAMPLER_INPUT_ACCESSOR_TOO_FEW_ELEMENTS: {
    family: "LinkError",
    en: "an animation has too few key frames for its interpolation",
    de: "eine Animation hat zu wenige Schlüsselbilder für ihre Interpolation",
  },
  ANIMATION_SAMPLER_INPUT_ACCESSOR_WITHOUT_BOUNDS: {
    family: "LinkError",
    en: "animation times lack their minimum and maximum",
    de: "bei Animationszeiten fehlen Minimum und Maximum",
  },
  ANIMATION_SAMPLER_OUTPUT_ACCESSOR_INVALID_COUNT: {
    family: "LinkError",
    en: "an animation has a different number of values than key frames",
    de: "eine Animation hat eine andere Zahl von Werten als Schlüsselbilder",
  },
  ANIMATION_SAMPLER_OUTPUT_ACCESSOR_INVALID_FORMAT: {
    family: "LinkError",
    en: "animation values have the wrong number format",
    de: "Animationswerte haben das falsche Zahlenformat",
  },
  BUFFER_MISSING_GLB_DATA: {
    family: "LinkError",
    en: "the model expects binary data inside the .glb that is not there",
    de: "das Modell erwartet Binärdaten in der .glb, die fehlen",
  },
  BUFFER_VIEW_TARGET_MISSING: {
    family: "LinkError",
    en: "a data block does not say whether it holds vertices or indices",
    de: "ein Datenblock gibt nicht an, ob er Eckpunkte oder Indizes enthält",
  },
  BUFFER_VIEW_TARGET_OVERRIDE: {
    family: "LinkError",
    en: "the same data block is used for two different purposes",
    de: "derselbe Datenblock wird für zwei verschiedene Zwecke benutzt",
  },
  BUFFER_VIEW_TOO_LONG: {
    family: "LinkError",
    en: "a data block reaches beyond the binary data (truncated or damaged file)",
    de: "ein Datenblock reicht über die Binärdaten hinaus (abgeschnittene oder beschädigte Datei)",
  },
  IMAGE_BUFFER_VIEW_WITH_BYTESTRIDE: {
    family: "LinkError",
    en: "image data declares a stride, which is not allowed",
    de: "Bilddaten geben eine Schrittweite an, das ist nicht erlaubt",
  },
  INCOMPLETE_EXTENSION_SUPPORT: {
    family: "LinkError",
    en: "an extension could only be checked partly",
    de: "eine Erweiterung konnte nur teilweise geprüft werden",
  },
  INVALID_IBM_ACCESSOR_COUNT: {
    family: "LinkError",
    en: "a skeleton has fewer bind matrices than joints",
    de: "ein Skelett hat weniger Bindungsmatrizen als Gelenke",
  },
  KHR_MATERIALS_VARIANTS_NON_UNIQUE_VARIANT: {
    family: "LinkError",
    en: "a material variant is listed twice for the same mesh part",
    de: "eine Materialvariante ist für dasselbe Netzteil doppelt angegeben",
  },
  MESH_PRIMITIVE_ACCESSOR_UNALIGNED: {
    family: "LinkError",
    en: "vertex data is not aligned to 4 bytes",
    de: "Eckpunktdaten sind nicht auf 4 Byte ausgerichtet",
  },
  MESH_PRIMITIVE_ACCESSOR_WITHOUT_BYTESTRIDE: {
    family: "LinkError",
    en: "interleaved vertex data does not declare its stride",
    de: "verschränkte Eckpunktdaten geben ihre Schrittweite nicht an",
  },
  MESH_PRIMITIVE_ATTRIBUTES_ACCESSOR_INVALID_FORMAT: {
    family: "LinkError",
    en: "a vertex attribute has the wrong number format",
    de: "ein Eckpunkt-Attribut hat das falsche Zahlenformat",
  },
  MESH_PRIMITIVE_ATTRIBUTES_ACCESSOR_UNSIGNED_INT: {
    family: "LinkError",
    en: "a vertex attribute uses 32-bit integers, which glTF does not allow",
    de: "ein Eckpunkt-Attribut nutzt 32-Bit-Ganzzahlen, das erlaubt glTF nicht",
  },
  MESH_PRIMITIVE_GENERATED_TANGENT_SPACE: {
    family: "LinkError",
    en: "tangents are missing and will be computed by the viewer (may look slightly different)",
    de: "Tangenten fehlen und werden vom Viewer berechnet (kann leicht anders aussehen)",
  },
  MESH_PRIMITIVE_INCOMPATIBLE_MODE: {
    family: "LinkError",
    en: "a mesh part's vertex count does not fit its drawing mode (e.g. not a multiple of 3 for triangles)",
    de: "die Eckpunktzahl eines Netzteils passt nicht zum Zeichenmodus (z. B. kein Vielfaches von 3 bei Dreiecken)",
  },
  MESH_PRIMITIVE_INDICES_ACCESSOR_INVALID_FORMAT: {
    family: "LinkError",
    en: "triangle indices have the wrong number format",
    de: "Dreiecksindizes haben das falsche Zahlenformat",
  },
  MESH_PRIMITIVE_INDICES_ACCESSOR_WITH_BYTESTRIDE: {
    family: "LinkError",
    en: "triangle indices declare a stride, which is not allowed",
    de: "Dreiecksindizes geben eine Schrittweite an, das ist nicht erlaubt",
  },
  MESH_PRIMITIVE_MORPH_TARGET_INVALID_ATTRIBUTE_COUNT: {
    family: "LinkError",
    en: "a morph target has a different number of vertices than its mesh",
    de: "ein Morph-Ziel hat eine andere Eckpunktzahl als sein Netz",
  },
  MESH_PRIMITIVE_MORPH_TARGET_NO_BASE_ACCESSOR: {
    family: "LinkError",
    en: "a morph target changes an attribute the mesh does not have",
    de: "ein Morph-Ziel ändert ein Attribut, das das Netz nicht hat",
  },
  MESH_PRIMITIVE_NO_TANGENT_SPACE: {
    family: "LinkError",
    en: "a normal map cannot be shown because the mesh has neither tangents nor normals",
    de: "eine Normal-Map kann nicht dargestellt werden, weil das Netz weder Tangenten noch Normalen hat",
  },
  MESH_PRIMITIVE_POSITION_ACCESSOR_WITHOUT_BOUNDS: {
    family: "LinkError",
    en: "vertex positions lack their minimum and maximum",
    de: "bei Eckpunkt-Positionen fehlen Minimum und Maximum",
  },
  MESH_PRIMITIVE_TOO_FEW_TEXCOORDS: {
    family: "LinkError",
    en: "a texture needs texture coordinates the mesh does not have (it would show untextured)",
    de: "eine Textur braucht Texturkoordinaten, die das Netz nicht hat (es erschiene ohne Textur)",
  },
  MESH_PRIMITIVE_UNEQUAL_ACCESSOR_COUNT: {
    family: "LinkError",
    en: "the vertex attributes of one mesh part have different lengths",
    de: "die Eckpunkt-Attribute eines Netzteils sind verschieden lang",
  },
  NODE_LOOP: {
    family: "LinkError",
    en: "the node hierarchy contains a loop",
    de: "die Knotenhierarchie enthält eine Schleife",
  },
  NODE_PARENT_OVERRIDE: {
    family: "LinkError",
    en: "a node has two parents",
    de: "ein Knoten hat zwei Eltern",
  },
  NODE_SKINNED_MESH_WITHOUT_SKIN: {
    family: "LinkError",
    en: "a node uses a skinned mesh but has no skeleton",
    de: "ein Knoten nutzt ein gebundenes Netz, hat aber kein Skelett",
  },
  NODE_SKIN_WITH_NON_SKINNED_MESH: {
    family: "LinkError",
    en: "a node has a skeleton but its mesh has no joint data",
    de: "ein Knoten hat ein Skelett, sein Netz aber keine Gelenkdaten",
  },
  NODE_WEIGHTS_INVALID: {
    family: "LinkError",
    en: "a node has a different number of morph weights than morph targets",
    de: "ein Knoten hat eine andere Zahl von Morph-Gewichten als Morph-Ziele",
  },
  SCENE_NON_ROOT_NODE: {
    family: "LinkError",
    en: "a scene lists a node that is not at the top of the hierarchy",
    de: "eine Szene nennt einen Knoten, der nicht oben in der Hierarchie steht",
  },
  SKIN_IBM_ACCESSOR_WITH_BYTESTRIDE: {
    family: "LinkError",
    en: "bind matrix data declares a stride, which is not allowed",
    de: "Bindungsmatrix-Daten geben eine Schrittweite an, das ist nicht erlaubt",
  },
  SKIN_IBM_INVALID_FORMAT: {
    family: "LinkError",
    en: "bind matrices have the wrong number format",
    de: "Bindungsmatrizen haben das falsche Zahlenformat",
  },
  TEXTURE_INVALID_IMAGE_MIME_TYPE: {
    family: "LinkError",
    en: "a texture uses an image type that is not allowed here",
    de: "eine Textur nutzt einen hier nicht erlaubten Bildtyp",
  },
  UNDECLARED_EXTENSION: {
    family: "LinkError",
    en: "an extension is used but not declared in extensionsUsed",
    de: "eine Erweiterung wird genutzt, aber nicht in extensionsUsed angegeben",
  },
  UNEXPECTED_EXTENSION_OBJECT: {
    family: "LinkError",
    en: "an extension appears in a place where it does not belong",
    de: "eine Erweiterung steht an einer Stelle, an die sie nicht gehört",
  },
  UNRESOLVED_REFERENCE: {
    family: "LinkError",
    en: "something refers to an entry that does not exist",
    de: "etwas verweist auf einen Eintrag, den es nicht gibt",
  },
  UNSUPPORTED_EXTENSION: {
    family: "LinkError",
    en: "the model uses an extension the validator cannot check",
    de: "das Modell nutzt eine Erweiterung, die der Validator nicht prüfen kann",
  },
  UNUSED_MESH_TANGENT: {
    family: "LinkError",
    en: "tangents are stored but unused (no normal texture)",
    de: "Tangenten sind gespeichert, werden aber nicht benutzt (keine Normal-Textur)",
  },
  UNUSED_MESH_WEIGHTS: {
    family: "LinkError",
    en: "a mesh's stored morph weights are always overridden",
    de: "die gespeicherten Morph-Gewichte eines Netzes werden immer überschrieben",
  },
  UNUSED_OBJECT: {
    family: "LinkError",
    en: "the model contains an entry that is never used",
    de: "das Modell enthält einen Eintrag, der nie benutzt wird",
  },
  ACCESSOR_ANIMATION_INPUT_NEGATIVE: {
    family: "DataError",
    en: "an animation key frame has a negative time",
    de: "ein Animations-Schlüsselbild hat eine negative Zeit",
  },
  ACCESSOR_ANIMATION_INPUT_NON_INCREASING: {
    family: "DataError",
    en: "animation key frame times do not increase",
    de: "die Zeiten der Animations-Schlüsselbilder steigen nicht an",
  },
  ACCESSOR_ANIMATION_SAMPLER_OUTPUT_NON_NORMALIZED_QUATERNION: {
    family: "DataError",
    en: "an animated rotation is not a normalised quaternion",
    de: "eine animierte Drehung ist kein normiertes Quaternion",
  },
  ACCESSOR_ELEMENT_OUT_OF_MAX_BOUND: {
    family: "DataError",
    en: "data values exceed their declared maximum",
    de: "Datenwerte überschreiten ihr angegebenes Maximum",
  },
  ACCESSOR_ELEMENT_OUT_OF_MIN_BOUND: {
    family: "DataError",
    en: "data values fall below their declared minimum",
    de: "Datenwerte unterschreiten ihr angegebenes Minimum",
  },
  ACCESSOR_INDEX_OOB: {
    family: "DataError",
    en: "a triangle refers to a vertex that does not exist (the mesh data is corrupt)",
    de: "ein Dreieck verweist auf einen Eckpunkt, den es nicht gibt (die Netzdaten sind beschädigt)",
  },
  ACCESSOR_INDEX_PRIMITIVE_RESTART: {
    family: "DataError",
    en: "triangle indices contain the reserved restart value",
    de: "Dreiecksindizes enthalten den reservierten Neustart-Wert",
  },
  ACCESSOR_INDEX_TRIANGLE_DEGENERATE: {
    family: "DataError",
    en: "some triangles have no area (they are invisible)",
    de: "einige Dreiecke haben keine Fläche (sie sind unsichtbar)",
  },
  ACCESSOR_INVALID_FLOAT: {
    family: "DataError",
    en: "the data contains an invalid number (NaN or infinity)",
    de: "die Daten enthalten eine ungültige Zahl (NaN oder unendlich)",
  },
  ACCESSOR_INVALID_IBM: {
    family: "DataError",
    en: "a bind matrix contains an invalid value",
    de: "eine Bindungsmatrix enthält einen ungültigen Wert",
  },
  ACCESSOR_INVALID_SIGN: {
    family: "DataError",
    en: "a tangent has an invalid handedness sign",
    de: "eine Tangente hat ein ungültiges Vorzeichen der Händigkeit",
  },
  ACCESSOR_JOINTS_INDEX_DUPLICATE: {
    family: "DataError",
    en: "a vertex is bound to the same joint twice",
    de: "ein Eckpunkt ist zweimal an dasselbe Gelenk gebunden",
  },
  ACCESSOR_JOINTS_INDEX_OOB: {
    family: "DataError",
    en: "a vertex is bound to a joint that does not exist",
    de: "ein Eckpunkt ist an ein Gelenk gebunden, das es nicht gibt",
  },
  ACCESSOR_JOINTS_USED_ZERO_WEIGHT: {
    family: "DataError",
    en: "a vertex names a joint with zero weight",
    de: "ein Eckpunkt nennt ein Gelenk mit Gewicht null",
  },
  ACCESSOR_MAX_MISMATCH: {
    family: "DataError",
    en: "a declared maximum does not match the data",
    de: "ein angegebenes Maximum passt nicht zu den Daten",
  },
  ACCESSOR_MIN_MISMATCH: {
    family: "DataError",
    en: "a declared minimum does not match the data",
    de: "ein angegebenes Minimum passt nicht zu den Daten",
  },
  ACCESSOR_NON_CLAMPED: {
    family: "DataError",
    en: "a value that must lie between 0 and 1 lies outside",
    de: "ein Wert, der zwischen 0 und 1 liegen muss, liegt außerhalb",
  },
  ACCESSOR_SPARSE_INDEX_OOB: {
    family: "DataError",
    en: "a sparse data block changes a value beyond its end",
    de: "ein dünn besetzter Datenblock ändert einen Wert hinter seinem Ende",
  },
  ACCESSOR_SPARSE_INDICES_NON_INCREASING: {
    family: "DataError",
    en: "sparse data indices do not increase",
    de: "die Indizes dünn besetzter Daten steigen nicht an",
  },
  ACCESSOR_VECTOR3_NON_UNIT: {
    family: "DataError",
    en: "normals or tangents are not of unit length (lighting may look wrong)",
    de: "Normalen oder Tangenten haben nicht die Länge 1 (die Beleuchtung kann falsch aussehen)",
  },
  ACCESSOR_WEIGHTS_NEGATIVE: {
    family: "DataError",
    en: "a vertex has a negative joint weight",
    de: "ein Eckpunkt hat ein negatives Gelenkgewicht",
  },
  ACCESSOR_WEIGHTS_NON_NORMALIZED: {
    family: "DataError",
    en: "a vertex's joint weights do not add up to 1",
    de: "die Gelenkgewichte eines Eckpunkts ergeben zusammen nicht 1",
  },
  BUFFER_BYTE_LENGTH_MISMATCH: {
    family: "DataError",
    en: "the binary data is shorter than the model says (truncated file?)",
    de: "die Binärdaten sind kürzer als angegeben (abgeschnittene Datei?)",
  },
  BUFFER_GLB_CHUNK_TOO_BIG: {
    family: "DataError",
    en: "the .glb's binary part has extra padding bytes",
    de: "der Binärteil der .glb hat überzählige Füllbytes",
  },
  DATA_URI_GLB: {
    family: "DataError",
    en: "a .glb contains embedded data addresses, which wastes space",
    de: "eine .glb enthält eingebettete Datenadressen, das verschwendet Platz",
  },
  IMAGE_DATA_INVALID: {
    family: "DataError",
    en: "a texture image is damaged",
    de: "ein Texturbild ist beschädigt",
  },
  IMAGE_FEATURES_UNSUPPORTED: {
    family: "DataError",
    en: "a texture image uses features browsers may not show (colour profile, animation)",
    de: "ein Texturbild nutzt Funktionen, die Browser womöglich nicht zeigen (Farbprofil, Animation)",
  },
  IMAGE_MIME_TYPE_INVALID: {
    family: "DataError",
    en: "a texture image is of a different type than the model says",
    de: "ein Texturbild hat einen anderen Typ als im Modell angegeben",
  },
  IMAGE_NON_ENABLED_MIME_TYPE: {
    family: "DataError",
    en: "a texture image type needs an extension the model does not declare",
    de: "ein Texturbild-Typ braucht eine Erweiterung, die das Modell nicht angibt",
  },
  IMAGE_NPOT_DIMENSIONS: {
    family: "DataError",
    en: "a texture's size is not a power of two (fine for the viewer)",
    de: "die Größe einer Textur ist keine Zweierpotenz (für den Viewer unproblematisch)",
  },
  IMAGE_UNEXPECTED_EOS: {
    family: "DataError",
    en: "a texture image ends too early (truncated file)",
    de: "ein Texturbild endet zu früh (abgeschnittene Datei)",
  },
  IMAGE_UNRECOGNIZED_FORMAT: {
    family: "DataError",
    en: "a texture image is in an unknown format",
    de: "ein Texturbild hat ein unbekanntes Format",
  },
  URI_GLB: {
    family: "DataError",
    en: "a .glb refers to an external file, which a single-file model should not",
    de: "eine .glb verweist auf eine externe Datei, was ein Einzeldatei-Modell nicht sollte",
  },
  GLB_CHUNK_LENGTH_UNALIGNED: {
    family: "GlbError",
    en: "a part of the .glb has a length not aligned to 4 bytes",
    de: "ein Teil der .glb hat eine nicht auf 4 Byte ausgerichtete Länge",
  },
  GLB_CHUNK_TOO_BIG: {
    family: "GlbError",
    en: "a part of the .glb claims to be longer than the file (truncated or damaged file)",
    de: "ein Teil der .glb gibt sich länger als die Datei (abgeschnittene oder beschädigte Datei)",
  },
  GLB_DUPLICATE_CHUNK: {
    family: "GlbError",
    en: "the .glb contains the same part twice",
    de: "die .glb enthält denselben Teil doppelt",
  },
  GLB_EMPTY_BIN_CHUNK: {
    family: "GlbError",
    en: "the .glb contains an empty binary part",
    de: "die .glb enthält einen leeren Binärteil",
  },
  GLB_EMPTY_CHUNK: {
    family: "GlbError",
    en: "the .glb contains an empty part",
    de: "die .glb enthält einen leeren Teil",
  },
  GLB_EXTRA_DATA: {
    family: "GlbError",
    en: "the .glb has extra data after its end",
    de: "die .glb hat zusätzliche Daten hinter ihrem Ende",
  },
  GLB_INVALID_MAGIC: {
    family: "GlbError",
    en: "the file is not a .glb (its first bytes are wrong)",
    de: "die Datei ist keine .glb (ihre ersten Bytes stimmen nicht)",
  },
  GLB_INVALID_VERSION: {
    family: "GlbError",
    en: "the .glb has an unknown version (only version 2 is supported)",
    de: "die .glb hat eine unbekannte Version (nur Version 2 wird unterstützt)",
  },
  GLB_LENGTH_MISMATCH: {
    family: "GlbError",
    en: "the .glb's size differs from the size stated inside it (truncated or damaged file)",
    de: "die Größe der .glb weicht von der darin angegebenen ab (abgeschnittene oder beschädigte Datei)",
  },
  GLB_LENGTH_TOO_SMALL: {
    family: "GlbError",
    en: "the .glb states a size that is too small",
    de: "die .glb gibt eine zu kleine Größe an",
  },
  GLB_UNEXPECTED_BIN_CHUNK: {
    family: "GlbError",
    en: "the binary part of the .glb is in the wrong place",
    de: "der Binärteil der .glb steht an der falschen Stelle",
  },
  GLB_UNEXPECTED_END_OF_CHUNK_DATA: {
    family: "GlbError",
    en: "the .glb ends in the middle of a part (truncated file)",
    de: "die .glb endet mitten in einem Teil (abgeschnittene Datei)",
  },
  GLB_UNEXPECTED_END_OF_CHUNK_HEADER: {
    family: "GlbError",
    en: "the .glb ends in the middle of a part header (truncated file)",
    de: "die .glb endet mitten in einem Teilkopf (abgeschnittene Datei)",
  },
  GLB_UNEXPECTED_END_OF_HEADER: {
    family: "GlbError",
    en: "the .glb ends before its header is complete (truncated file)",
    de: "die .glb endet, bevor ihr Kopf vollständig ist (abgeschnittene Datei)",
  },
  GLB_UNEXPECTED_FIRST_CHUNK: {
    family: "GlbError",
    en: "the .glb does not start with its JSON part",
    de: "die .glb beginnt nicht mit ihrem JSON-Teil",
  },
  GLB_UNKNOWN_CHUNK_TYPE: {
    family: "GlbError",
    en: "the .glb contains a part of unknown type (it is ignored)",
    de: "die .glb enthält einen Teil unbekannten Typs (er wird ignoriert)",
  },
};
