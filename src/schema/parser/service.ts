// Services: `service Name { rpc M(stream A) returns (stream B) { option ...; } }`.

import type { MethodDescriptorProto, ServiceDescriptorProto } from "../descriptor/shapes.js";
import { newOptions, newServiceDescriptorProto } from "../descriptor/shapes.js";
import { parseUserDefinedType } from "./field.js";
import { parseOption } from "./options.js";
import type { LocationRecorder } from "./source-info.js";
import type { ParserState } from "./state.js";

// ServiceDescriptorProto / MethodDescriptorProto field numbers.
const SERVICE_NAME = 1;
const SERVICE_METHOD = 2;
const SERVICE_OPTIONS = 3;
const METHOD_NAME = 1;
const METHOD_INPUT_TYPE = 2;
const METHOD_OUTPUT_TYPE = 3;
const METHOD_OPTIONS = 4;
const METHOD_CLIENT_STREAMING = 5;
const METHOD_SERVER_STREAMING = 6;

/** `service Name { ... }`, appended to `services`. */
export function parseServiceDefinition(
  p: ParserState,
  services: ServiceDescriptorProto[],
  serviceLocation: LocationRecorder,
): boolean {
  const service = newServiceDescriptorProto();
  services.push(service);
  if (!p.consume("service")) return false;
  const location = p.location(serviceLocation, SERVICE_NAME);
  try {
    const name = p.consumeIdentifier("Expected service name.");
    if (name === undefined) return false;
    service.name = name;
  } finally {
    p.done(location);
  }
  if (!p.consumeEndOfDeclaration("{", serviceLocation)) return false;
  while (!p.tryConsumeEndOfDeclaration("}", null)) {
    if (p.atEnd()) {
      p.addError("Reached end of input in service definition (missing '}').");
      return false;
    }
    if (!parseServiceStatement(p, service, serviceLocation)) p.skipStatement();
  }
  return true;
}

function parseServiceStatement(
  p: ParserState,
  service: ServiceDescriptorProto,
  serviceLocation: LocationRecorder,
): boolean {
  if (p.tryConsumeEndOfDeclaration(";", null)) return true;
  if (p.lookingAt("option")) {
    const location = p.location(serviceLocation, SERVICE_OPTIONS);
    try {
      service.options ??= newOptions();
      return parseOption(p, service.options, location, "statement");
    } finally {
      p.done(location);
    }
  }
  const location = p.location(serviceLocation, SERVICE_METHOD, service.method.length);
  try {
    const method: MethodDescriptorProto = {};
    service.method.push(method);
    return parseServiceMethod(p, method, location);
  } finally {
    p.done(location);
  }
}

function parseServiceMethod(
  p: ParserState,
  method: MethodDescriptorProto,
  methodLocation: LocationRecorder,
): boolean {
  if (!p.consume("rpc")) return false;
  {
    const location = p.location(methodLocation, METHOD_NAME);
    try {
      const name = p.consumeIdentifier("Expected method name.");
      if (name === undefined) return false;
      method.name = name;
    } finally {
      p.done(location);
    }
  }
  if (!p.consume("(")) return false;
  {
    if (p.lookingAt("stream")) {
      const location = p.location(methodLocation, METHOD_CLIENT_STREAMING);
      method.clientStreaming = true;
      p.next();
      p.done(location);
    }
    const location = p.location(methodLocation, METHOD_INPUT_TYPE);
    try {
      const type = parseUserDefinedType(p);
      if (type === undefined) return false;
      method.inputType = type;
    } finally {
      p.done(location);
    }
  }
  if (!p.consume(")")) return false;
  if (!p.consume("returns")) return false;
  if (!p.consume("(")) return false;
  {
    if (p.lookingAt("stream")) {
      const location = p.location(methodLocation, METHOD_SERVER_STREAMING);
      p.next();
      method.serverStreaming = true;
      p.done(location);
    }
    const location = p.location(methodLocation, METHOD_OUTPUT_TYPE);
    try {
      const type = parseUserDefinedType(p);
      if (type === undefined) return false;
      method.outputType = type;
    } finally {
      p.done(location);
    }
  }
  if (!p.consume(")")) return false;

  if (p.lookingAt("{")) {
    // protoc creates (possibly empty) options as soon as a body is present.
    method.options ??= newOptions();
    return parseMethodOptions(p, method.options, methodLocation);
  }
  return p.consumeEndOfDeclaration(";", methodLocation);
}

function parseMethodOptions(
  p: ParserState,
  options: NonNullable<MethodDescriptorProto["options"]>,
  methodLocation: LocationRecorder,
): boolean {
  p.consumeEndOfDeclaration("{", methodLocation);
  while (!p.tryConsumeEndOfDeclaration("}", null)) {
    if (p.atEnd()) {
      p.addError("Reached end of input in method options (missing '}').");
      return false;
    }
    if (p.tryConsumeEndOfDeclaration(";", null)) continue;
    const location = p.location(methodLocation, METHOD_OPTIONS);
    try {
      if (!parseOption(p, options, location, "statement")) p.skipStatement();
    } finally {
      p.done(location);
    }
  }
  return true;
}
