// The gltf-validator package ships no type declarations; these cover the part we use.
declare module "gltf-validator" {
  export interface ValidationIssue {
    code: string;
    message: string;
    /** 0 error, 1 warning, 2 info, 3 hint. */
    severity: number;
    pointer?: string;
    offset?: number;
  }
  export interface ValidationReport {
    uri: string;
    mimeType?: string;
    validatorVersion: string;
    issues: {
      numErrors: number;
      numWarnings: number;
      numInfos: number;
      numHints: number;
      messages: ValidationIssue[];
      truncated: boolean;
    };
    info?: {
      version?: string;
      generator?: string;
      extensionsUsed?: string[];
      extensionsRequired?: string[];
      resources?: Array<{
        pointer: string;
        mimeType?: string;
        storage: string;
        uri?: string;
        byteLength?: number;
      }>;
      animationCount?: number;
      materialCount?: number;
      hasMorphTargets?: boolean;
      hasSkins?: boolean;
      hasTextures?: boolean;
      hasDefaultScene?: boolean;
      drawCallCount?: number;
      totalVertexCount?: number;
      totalTriangleCount?: number;
      maxUVs?: number;
      maxInfluences?: number;
      maxAttributes?: number;
    };
  }
  export interface ValidationOptions {
    uri?: string;
    format?: "glb" | "gltf";
    externalResourceFunction?: (uri: string) => Promise<Uint8Array>;
    writeTimestamp?: boolean;
    maxIssues?: number;
    ignoredIssues?: string[];
    onlyIssues?: string[];
    severityOverrides?: Record<string, number>;
  }
  export function validateBytes(data: Uint8Array, options?: ValidationOptions): Promise<ValidationReport>;
  export function validateString(json: string, options?: ValidationOptions): Promise<ValidationReport>;
  export function version(): string;
  export function supportedExtensions(): string[];
}

// draco3dgltf ships no type declarations; gltf-transform takes the modules as opaque dependencies.
declare module "draco3dgltf" {
  const draco3d: {
    createDecoderModule(options?: object): Promise<unknown>;
    createEncoderModule(options?: object): Promise<unknown>;
  };
  export default draco3d;
}
