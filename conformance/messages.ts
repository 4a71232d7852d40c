/**
 * The shapes of conformance.ConformanceRequest and ConformanceResponse in protowire's message
 * model (protobuf-es style: lowerCamelCase properties, a oneof is `{ case, value }`). The
 * testee decodes and encodes them with protowire's own codec; these types only name the fields
 * the testee reads or writes.
 */

/** conformance.WireFormat. */
export const WireFormat = {
  UNSPECIFIED: 0,
  PROTOBUF: 1,
  JSON: 2,
  JSPB: 3,
  TEXT_FORMAT: 4,
} as const;

/** The `payload` oneof of ConformanceRequest. */
export type RequestPayload =
  | { case: "protobufPayload"; value: Uint8Array }
  | { case: "jsonPayload"; value: string }
  | { case: "jspbPayload"; value: string }
  | { case: "textPayload"; value: string }
  | { case: undefined; value?: undefined };

export interface ConformanceRequest {
  payload: RequestPayload;
  requestedOutputFormat: number;
  messageType: string;
  testCategory: number;
  printUnknownFields: boolean;
}

/** The `result` oneof of ConformanceResponse. */
export type ResponseResult =
  | { case: "parseError"; value: string }
  | { case: "serializeError"; value: string }
  | { case: "timeoutError"; value: string }
  | { case: "runtimeError"; value: string }
  | { case: "protobufPayload"; value: Uint8Array }
  | { case: "jsonPayload"; value: string }
  | { case: "skipped"; value: string }
  | { case: "jspbPayload"; value: string }
  | { case: "textPayload"; value: string };

export interface ConformanceResponse {
  result: ResponseResult;
}
