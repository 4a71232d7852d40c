/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $String = $util.global.String, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const protowire = $root.protowire = (() => {

    /**
     * Namespace protowire.
     * @exports protowire
     * @namespace
     */
    const protowire = {};

    protowire.bench = (function() {

        /**
         * Namespace bench.
         * @memberof protowire
         * @namespace
         */
        const bench = {};

        /**
         * Status enum.
         * @name protowire.bench.Status
         * @enum {number}
         * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
         * @property {number} STATUS_ACTIVE=1 STATUS_ACTIVE value
         * @property {number} STATUS_SUSPENDED=2 STATUS_SUSPENDED value
         * @property {number} STATUS_DELETED=3 STATUS_DELETED value
         */
        bench.Status = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "STATUS_ACTIVE"] = 1;
            values[valuesById[2] = "STATUS_SUSPENDED"] = 2;
            values[valuesById[3] = "STATUS_DELETED"] = 3;
            return values;
        })();

        bench.SmallRequest = (function() {

            /**
             * Properties of a SmallRequest.
             * @typedef {Object} protowire.bench.SmallRequest.$Properties
             * @property {number|null} [pageSize] SmallRequest pageSize
             * @property {Long|null} [requestId] SmallRequest requestId
             * @property {boolean|null} [includeDeleted] SmallRequest includeDeleted
             * @property {protowire.bench.Status|null} [status] SmallRequest status
             * @property {string|null} [query] SmallRequest query
             * @property {string|null} [locale] SmallRequest locale
             * @property {number|null} [minScore] SmallRequest minScore
             * @property {string|null} [pageToken] SmallRequest pageToken
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SmallRequest.
             * @memberof protowire.bench
             * @interface ISmallRequest
             * @augments protowire.bench.SmallRequest.$Properties
             * @deprecated Use protowire.bench.SmallRequest.$Properties instead.
             */

            /**
             * Shape of a SmallRequest.
             * @typedef {protowire.bench.SmallRequest.$Properties} protowire.bench.SmallRequest.$Shape
             */

            /**
             * Constructs a new SmallRequest.
             * @memberof protowire.bench
             * @classdesc Represents a SmallRequest.
             * @constructor
             * @param {protowire.bench.SmallRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SmallRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SmallRequest pageSize.
             * @member {number} pageSize
             * @memberof protowire.bench.SmallRequest
             * @instance
             */
            SmallRequest.prototype.pageSize = 0;

            /**
             * SmallRequest requestId.
             * @member {Long} requestId
             * @memberof protowire.bench.SmallRequest
             * @instance
             */
            SmallRequest.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SmallRequest includeDeleted.
             * @member {boolean} includeDeleted
             * @memberof protowire.bench.SmallRequest
             * @instance
             */
            SmallRequest.prototype.includeDeleted = false;

            /**
             * SmallRequest status.
             * @member {protowire.bench.Status} status
             * @memberof protowire.bench.SmallRequest
             * @instance
             */
            SmallRequest.prototype.status = 0;

            /**
             * SmallRequest query.
             * @member {string} query
             * @memberof protowire.bench.SmallRequest
             * @instance
             */
            SmallRequest.prototype.query = "";

            /**
             * SmallRequest locale.
             * @member {string} locale
             * @memberof protowire.bench.SmallRequest
             * @instance
             */
            SmallRequest.prototype.locale = "";

            /**
             * SmallRequest minScore.
             * @member {number} minScore
             * @memberof protowire.bench.SmallRequest
             * @instance
             */
            SmallRequest.prototype.minScore = 0;

            /**
             * SmallRequest pageToken.
             * @member {string} pageToken
             * @memberof protowire.bench.SmallRequest
             * @instance
             */
            SmallRequest.prototype.pageToken = "";

            /**
             * Creates a new SmallRequest instance using the specified properties.
             * @function create
             * @memberof protowire.bench.SmallRequest
             * @static
             * @param {protowire.bench.SmallRequest.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.SmallRequest} SmallRequest instance
             * @type {{
             *   (properties: protowire.bench.SmallRequest.$Shape): protowire.bench.SmallRequest & protowire.bench.SmallRequest.$Shape;
             *   (properties?: protowire.bench.SmallRequest.$Properties): protowire.bench.SmallRequest;
             * }}
             */
            SmallRequest.create = function(properties) {
                return new SmallRequest(properties);
            };

            /**
             * Encodes the specified SmallRequest message. Does not implicitly {@link protowire.bench.SmallRequest.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.SmallRequest
             * @static
             * @param {protowire.bench.SmallRequest.$Properties} message SmallRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SmallRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize") && message.pageSize !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.pageSize);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.requestId);
                if (message.includeDeleted != null && $Object.hasOwnProperty.call(message, "includeDeleted") && message.includeDeleted !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.includeDeleted);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.status);
                if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.query);
                if (message.locale != null && $Object.hasOwnProperty.call(message, "locale") && message.locale !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.locale);
                if (message.minScore != null && $Object.hasOwnProperty.call(message, "minScore") && !$Object.is(message.minScore, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.minScore);
                if (message.pageToken != null && $Object.hasOwnProperty.call(message, "pageToken") && message.pageToken !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.pageToken);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SmallRequest message, length delimited. Does not implicitly {@link protowire.bench.SmallRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.SmallRequest
             * @static
             * @param {protowire.bench.SmallRequest.$Properties} message SmallRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SmallRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SmallRequest message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.SmallRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.SmallRequest & protowire.bench.SmallRequest.$Shape} SmallRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SmallRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.protowire.bench.SmallRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.pageSize = value;
                            else
                                delete message.pageSize;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.includeDeleted = value;
                            else
                                delete message.includeDeleted;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.query = value;
                            else
                                delete message.query;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.locale = value;
                            else
                                delete message.locale;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.minScore = value;
                            else
                                delete message.minScore;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pageToken = value;
                            else
                                delete message.pageToken;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SmallRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.SmallRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.SmallRequest & protowire.bench.SmallRequest.$Shape} SmallRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SmallRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SmallRequest message.
             * @function verify
             * @memberof protowire.bench.SmallRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SmallRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize"))
                    if (!$util.isInteger(message.pageSize))
                        return "pageSize: integer expected";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId) && !(message.requestId && $util.isInteger(message.requestId.low) && $util.isInteger(message.requestId.high)))
                        return "requestId: integer|Long expected";
                if (message.includeDeleted != null && $Object.hasOwnProperty.call(message, "includeDeleted"))
                    if (typeof message.includeDeleted !== "boolean")
                        return "includeDeleted: boolean expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    if (!$util.isString(message.query))
                        return "query: string expected";
                if (message.locale != null && $Object.hasOwnProperty.call(message, "locale"))
                    if (!$util.isString(message.locale))
                        return "locale: string expected";
                if (message.minScore != null && $Object.hasOwnProperty.call(message, "minScore"))
                    if (typeof message.minScore !== "number")
                        return "minScore: number expected";
                if (message.pageToken != null && $Object.hasOwnProperty.call(message, "pageToken"))
                    if (!$util.isString(message.pageToken))
                        return "pageToken: string expected";
                return null;
            };

            /**
             * Creates a SmallRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.SmallRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.SmallRequest} SmallRequest
             */
            SmallRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.SmallRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.SmallRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.SmallRequest();
                if (object.pageSize != null)
                    if ($Number(object.pageSize) !== 0)
                        message.pageSize = object.pageSize | 0;
                if (object.requestId != null)
                    if (typeof object.requestId === "object" ? object.requestId.low || object.requestId.high : $Number(object.requestId) !== 0)
                        if ($util.Long)
                            message.requestId = $util.Long.fromValue(object.requestId, false);
                        else if (typeof object.requestId === "string")
                            message.requestId = $parseInt(object.requestId, 10);
                        else if (typeof object.requestId === "number")
                            message.requestId = object.requestId;
                        else if (typeof object.requestId === "object")
                            message.requestId = new $util.LongBits(object.requestId.low >>> 0, object.requestId.high >>> 0).toNumber();
                if (object.includeDeleted != null)
                    if (object.includeDeleted)
                        message.includeDeleted = $Boolean(object.includeDeleted);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.protowire.bench.Status[object.status] !== 0))
                    switch (object.status) {
                    case "STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "STATUS_ACTIVE":
                    case 1:
                        message.status = 1;
                        break;
                    case "STATUS_SUSPENDED":
                    case 2:
                        message.status = 2;
                        break;
                    case "STATUS_DELETED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.query != null)
                    if (typeof object.query !== "string" || object.query.length)
                        message.query = $String(object.query);
                if (object.locale != null)
                    if (typeof object.locale !== "string" || object.locale.length)
                        message.locale = $String(object.locale);
                if (object.minScore != null)
                    if (!$Object.is($Number(object.minScore), 0))
                        message.minScore = $Number(object.minScore);
                if (object.pageToken != null)
                    if (typeof object.pageToken !== "string" || object.pageToken.length)
                        message.pageToken = $String(object.pageToken);
                return message;
            };

            /**
             * Creates a plain object from a SmallRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.SmallRequest
             * @static
             * @param {protowire.bench.SmallRequest} message SmallRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SmallRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.pageSize = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.requestId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.requestId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.includeDeleted = false;
                    object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                    object.query = "";
                    object.locale = "";
                    object.minScore = 0;
                    object.pageToken = "";
                }
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize"))
                    object.pageSize = message.pageSize;
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.requestId = typeof message.requestId === "number" ? $BigInt(message.requestId) : $util.Long.fromBits(message.requestId.low >>> 0, message.requestId.high >>> 0, false).toBigInt();
                    else if (typeof message.requestId === "number")
                        object.requestId = options.longs === $String ? $String(message.requestId) : message.requestId;
                    else
                        object.requestId = options.longs === $String ? $util.Long.prototype.toString.call(message.requestId) : options.longs === $Number ? new $util.LongBits(message.requestId.low >>> 0, message.requestId.high >>> 0).toNumber() : message.requestId;
                if (message.includeDeleted != null && $Object.hasOwnProperty.call(message, "includeDeleted"))
                    object.includeDeleted = message.includeDeleted;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.protowire.bench.Status[message.status] === $undefined ? message.status : $root.protowire.bench.Status[message.status] : message.status;
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    object.query = message.query;
                if (message.locale != null && $Object.hasOwnProperty.call(message, "locale"))
                    object.locale = message.locale;
                if (message.minScore != null && $Object.hasOwnProperty.call(message, "minScore"))
                    object.minScore = options.json && !$isFinite(message.minScore) ? $String(message.minScore) : message.minScore;
                if (message.pageToken != null && $Object.hasOwnProperty.call(message, "pageToken"))
                    object.pageToken = message.pageToken;
                return object;
            };

            /**
             * Converts this SmallRequest to JSON.
             * @function toJSON
             * @memberof protowire.bench.SmallRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SmallRequest.prototype.toJSON = function() {
                return SmallRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SmallRequest
             * @function getTypeUrl
             * @memberof protowire.bench.SmallRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SmallRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.SmallRequest";
            };

            return SmallRequest;
        })();

        bench.Address = (function() {

            /**
             * Properties of an Address.
             * @typedef {Object} protowire.bench.Address.$Properties
             * @property {string|null} [street] Address street
             * @property {string|null} [city] Address city
             * @property {string|null} [postalCode] Address postalCode
             * @property {string|null} [country] Address country
             * @property {number|null} [latitude] Address latitude
             * @property {number|null} [longitude] Address longitude
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Address.
             * @memberof protowire.bench
             * @interface IAddress
             * @augments protowire.bench.Address.$Properties
             * @deprecated Use protowire.bench.Address.$Properties instead.
             */

            /**
             * Shape of an Address.
             * @typedef {protowire.bench.Address.$Properties} protowire.bench.Address.$Shape
             */

            /**
             * Constructs a new Address.
             * @memberof protowire.bench
             * @classdesc Represents an Address.
             * @constructor
             * @param {protowire.bench.Address.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Address = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Address street.
             * @member {string} street
             * @memberof protowire.bench.Address
             * @instance
             */
            Address.prototype.street = "";

            /**
             * Address city.
             * @member {string} city
             * @memberof protowire.bench.Address
             * @instance
             */
            Address.prototype.city = "";

            /**
             * Address postalCode.
             * @member {string} postalCode
             * @memberof protowire.bench.Address
             * @instance
             */
            Address.prototype.postalCode = "";

            /**
             * Address country.
             * @member {string} country
             * @memberof protowire.bench.Address
             * @instance
             */
            Address.prototype.country = "";

            /**
             * Address latitude.
             * @member {number} latitude
             * @memberof protowire.bench.Address
             * @instance
             */
            Address.prototype.latitude = 0;

            /**
             * Address longitude.
             * @member {number} longitude
             * @memberof protowire.bench.Address
             * @instance
             */
            Address.prototype.longitude = 0;

            /**
             * Creates a new Address instance using the specified properties.
             * @function create
             * @memberof protowire.bench.Address
             * @static
             * @param {protowire.bench.Address.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.Address} Address instance
             * @type {{
             *   (properties: protowire.bench.Address.$Shape): protowire.bench.Address & protowire.bench.Address.$Shape;
             *   (properties?: protowire.bench.Address.$Properties): protowire.bench.Address;
             * }}
             */
            Address.create = function(properties) {
                return new Address(properties);
            };

            /**
             * Encodes the specified Address message. Does not implicitly {@link protowire.bench.Address.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.Address
             * @static
             * @param {protowire.bench.Address.$Properties} message Address message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Address.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.street != null && $Object.hasOwnProperty.call(message, "street") && message.street !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.street);
                if (message.city != null && $Object.hasOwnProperty.call(message, "city") && message.city !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.city);
                if (message.postalCode != null && $Object.hasOwnProperty.call(message, "postalCode") && message.postalCode !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.postalCode);
                if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.country);
                if (message.latitude != null && $Object.hasOwnProperty.call(message, "latitude") && !$Object.is(message.latitude, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.latitude);
                if (message.longitude != null && $Object.hasOwnProperty.call(message, "longitude") && !$Object.is(message.longitude, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.longitude);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Address message, length delimited. Does not implicitly {@link protowire.bench.Address.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.Address
             * @static
             * @param {protowire.bench.Address.$Properties} message Address message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Address.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.Address
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.Address & protowire.bench.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Address.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.protowire.bench.Address();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.street = value;
                            else
                                delete message.street;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.city = value;
                            else
                                delete message.city;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.postalCode = value;
                            else
                                delete message.postalCode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.country = value;
                            else
                                delete message.country;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.latitude = value;
                            else
                                delete message.latitude;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.longitude = value;
                            else
                                delete message.longitude;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Address message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.Address
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.Address & protowire.bench.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Address.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Address message.
             * @function verify
             * @memberof protowire.bench.Address
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Address.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.street != null && $Object.hasOwnProperty.call(message, "street"))
                    if (!$util.isString(message.street))
                        return "street: string expected";
                if (message.city != null && $Object.hasOwnProperty.call(message, "city"))
                    if (!$util.isString(message.city))
                        return "city: string expected";
                if (message.postalCode != null && $Object.hasOwnProperty.call(message, "postalCode"))
                    if (!$util.isString(message.postalCode))
                        return "postalCode: string expected";
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    if (!$util.isString(message.country))
                        return "country: string expected";
                if (message.latitude != null && $Object.hasOwnProperty.call(message, "latitude"))
                    if (typeof message.latitude !== "number")
                        return "latitude: number expected";
                if (message.longitude != null && $Object.hasOwnProperty.call(message, "longitude"))
                    if (typeof message.longitude !== "number")
                        return "longitude: number expected";
                return null;
            };

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.Address
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.Address} Address
             */
            Address.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.Address)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.Address: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.Address();
                if (object.street != null)
                    if (typeof object.street !== "string" || object.street.length)
                        message.street = $String(object.street);
                if (object.city != null)
                    if (typeof object.city !== "string" || object.city.length)
                        message.city = $String(object.city);
                if (object.postalCode != null)
                    if (typeof object.postalCode !== "string" || object.postalCode.length)
                        message.postalCode = $String(object.postalCode);
                if (object.country != null)
                    if (typeof object.country !== "string" || object.country.length)
                        message.country = $String(object.country);
                if (object.latitude != null)
                    if (!$Object.is($Number(object.latitude), 0))
                        message.latitude = $Number(object.latitude);
                if (object.longitude != null)
                    if (!$Object.is($Number(object.longitude), 0))
                        message.longitude = $Number(object.longitude);
                return message;
            };

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.Address
             * @static
             * @param {protowire.bench.Address} message Address
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Address.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.street = "";
                    object.city = "";
                    object.postalCode = "";
                    object.country = "";
                    object.latitude = 0;
                    object.longitude = 0;
                }
                if (message.street != null && $Object.hasOwnProperty.call(message, "street"))
                    object.street = message.street;
                if (message.city != null && $Object.hasOwnProperty.call(message, "city"))
                    object.city = message.city;
                if (message.postalCode != null && $Object.hasOwnProperty.call(message, "postalCode"))
                    object.postalCode = message.postalCode;
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    object.country = message.country;
                if (message.latitude != null && $Object.hasOwnProperty.call(message, "latitude"))
                    object.latitude = options.json && !$isFinite(message.latitude) ? $String(message.latitude) : message.latitude;
                if (message.longitude != null && $Object.hasOwnProperty.call(message, "longitude"))
                    object.longitude = options.json && !$isFinite(message.longitude) ? $String(message.longitude) : message.longitude;
                return object;
            };

            /**
             * Converts this Address to JSON.
             * @function toJSON
             * @memberof protowire.bench.Address
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Address.prototype.toJSON = function() {
                return Address.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Address
             * @function getTypeUrl
             * @memberof protowire.bench.Address
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Address.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.Address";
            };

            return Address;
        })();

        bench.Phone = (function() {

            /**
             * Properties of a Phone.
             * @typedef {Object} protowire.bench.Phone.$Properties
             * @property {string|null} [number] Phone number
             * @property {protowire.bench.Phone.Kind|null} [kind] Phone kind
             * @property {boolean|null} [verified] Phone verified
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Phone.
             * @memberof protowire.bench
             * @interface IPhone
             * @augments protowire.bench.Phone.$Properties
             * @deprecated Use protowire.bench.Phone.$Properties instead.
             */

            /**
             * Shape of a Phone.
             * @typedef {protowire.bench.Phone.$Properties} protowire.bench.Phone.$Shape
             */

            /**
             * Constructs a new Phone.
             * @memberof protowire.bench
             * @classdesc Represents a Phone.
             * @constructor
             * @param {protowire.bench.Phone.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Phone = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Phone number.
             * @member {string} number
             * @memberof protowire.bench.Phone
             * @instance
             */
            Phone.prototype.number = "";

            /**
             * Phone kind.
             * @member {protowire.bench.Phone.Kind} kind
             * @memberof protowire.bench.Phone
             * @instance
             */
            Phone.prototype.kind = 0;

            /**
             * Phone verified.
             * @member {boolean} verified
             * @memberof protowire.bench.Phone
             * @instance
             */
            Phone.prototype.verified = false;

            /**
             * Creates a new Phone instance using the specified properties.
             * @function create
             * @memberof protowire.bench.Phone
             * @static
             * @param {protowire.bench.Phone.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.Phone} Phone instance
             * @type {{
             *   (properties: protowire.bench.Phone.$Shape): protowire.bench.Phone & protowire.bench.Phone.$Shape;
             *   (properties?: protowire.bench.Phone.$Properties): protowire.bench.Phone;
             * }}
             */
            Phone.create = function(properties) {
                return new Phone(properties);
            };

            /**
             * Encodes the specified Phone message. Does not implicitly {@link protowire.bench.Phone.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.Phone
             * @static
             * @param {protowire.bench.Phone.$Properties} message Phone message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Phone.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.number != null && $Object.hasOwnProperty.call(message, "number") && message.number !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.number);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified") && message.verified !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.verified);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Phone message, length delimited. Does not implicitly {@link protowire.bench.Phone.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.Phone
             * @static
             * @param {protowire.bench.Phone.$Properties} message Phone message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Phone.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Phone message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.Phone
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.Phone & protowire.bench.Phone.$Shape} Phone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Phone.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.protowire.bench.Phone();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.number = value;
                            else
                                delete message.number;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.verified = value;
                            else
                                delete message.verified;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Phone message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.Phone
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.Phone & protowire.bench.Phone.$Shape} Phone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Phone.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Phone message.
             * @function verify
             * @memberof protowire.bench.Phone
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Phone.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    if (!$util.isString(message.number))
                        return "number: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                    if (typeof message.verified !== "boolean")
                        return "verified: boolean expected";
                return null;
            };

            /**
             * Creates a Phone message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.Phone
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.Phone} Phone
             */
            Phone.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.Phone)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.Phone: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.Phone();
                if (object.number != null)
                    if (typeof object.number !== "string" || object.number.length)
                        message.number = $String(object.number);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.protowire.bench.Phone.Kind[object.kind] !== 0))
                    switch (object.kind) {
                    case "KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "KIND_MOBILE":
                    case 1:
                        message.kind = 1;
                        break;
                    case "KIND_HOME":
                    case 2:
                        message.kind = 2;
                        break;
                    case "KIND_WORK":
                    case 3:
                        message.kind = 3;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.verified != null)
                    if (object.verified)
                        message.verified = $Boolean(object.verified);
                return message;
            };

            /**
             * Creates a plain object from a Phone message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.Phone
             * @static
             * @param {protowire.bench.Phone} message Phone
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Phone.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.number = "";
                    object.kind = options.enums === $String ? "KIND_UNSPECIFIED" : 0;
                    object.verified = false;
                }
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.protowire.bench.Phone.Kind[message.kind] === $undefined ? message.kind : $root.protowire.bench.Phone.Kind[message.kind] : message.kind;
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                    object.verified = message.verified;
                return object;
            };

            /**
             * Converts this Phone to JSON.
             * @function toJSON
             * @memberof protowire.bench.Phone
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Phone.prototype.toJSON = function() {
                return Phone.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Phone
             * @function getTypeUrl
             * @memberof protowire.bench.Phone
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Phone.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.Phone";
            };

            /**
             * Kind enum.
             * @name protowire.bench.Phone.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} KIND_MOBILE=1 KIND_MOBILE value
             * @property {number} KIND_HOME=2 KIND_HOME value
             * @property {number} KIND_WORK=3 KIND_WORK value
             */
            Phone.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "KIND_MOBILE"] = 1;
                values[valuesById[2] = "KIND_HOME"] = 2;
                values[valuesById[3] = "KIND_WORK"] = 3;
                return values;
            })();

            return Phone;
        })();

        bench.User = (function() {

            /**
             * Properties of a User.
             * @typedef {Object} protowire.bench.User.$Properties
             * @property {Long|null} [id] User id
             * @property {string|null} [name] User name
             * @property {string|null} [email] User email
             * @property {protowire.bench.Address.$Properties|null} [address] User address
             * @property {Array.<string>|null} [tags] User tags
             * @property {Object.<string,string>|null} [attributes] User attributes
             * @property {Long|null} [balance] User balance
             * @property {Long|null} [sessionToken] User sessionToken
             * @property {Array.<protowire.bench.Phone.$Properties>|null} [phones] User phones
             * @property {protowire.bench.Status|null} [status] User status
             * @property {number|null} [age] User age
             * @property {boolean|null} [verified] User verified
             * @property {number|null} [rating] User rating
             * @property {Long|null} [createdAt] User createdAt
             * @property {string|null} [bio] User bio
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a User.
             * @memberof protowire.bench
             * @interface IUser
             * @augments protowire.bench.User.$Properties
             * @deprecated Use protowire.bench.User.$Properties instead.
             */

            /**
             * Shape of a User.
             * @typedef {protowire.bench.User.$Properties} protowire.bench.User.$Shape
             */

            /**
             * Constructs a new User.
             * @memberof protowire.bench
             * @classdesc Represents a User.
             * @constructor
             * @param {protowire.bench.User.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const User = function (properties) {
                this.tags = [];
                this.attributes = {};
                this.phones = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * User id.
             * @member {Long} id
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * User name.
             * @member {string} name
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.name = "";

            /**
             * User email.
             * @member {string} email
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.email = "";

            /**
             * User address.
             * @member {protowire.bench.Address.$Properties|null|undefined} address
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.address = null;

            /**
             * User tags.
             * @member {Array.<string>} tags
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.tags = $util.emptyArray;

            /**
             * User attributes.
             * @member {Object.<string,string>} attributes
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.attributes = $util.emptyObject;

            /**
             * User balance.
             * @member {Long} balance
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.balance = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * User sessionToken.
             * @member {Long} sessionToken
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.sessionToken = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * User phones.
             * @member {Array.<protowire.bench.Phone.$Properties>} phones
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.phones = $util.emptyArray;

            /**
             * User status.
             * @member {protowire.bench.Status} status
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.status = 0;

            /**
             * User age.
             * @member {number} age
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.age = 0;

            /**
             * User verified.
             * @member {boolean} verified
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.verified = false;

            /**
             * User rating.
             * @member {number} rating
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.rating = 0;

            /**
             * User createdAt.
             * @member {Long} createdAt
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * User bio.
             * @member {string} bio
             * @memberof protowire.bench.User
             * @instance
             */
            User.prototype.bio = "";

            /**
             * Creates a new User instance using the specified properties.
             * @function create
             * @memberof protowire.bench.User
             * @static
             * @param {protowire.bench.User.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.User} User instance
             * @type {{
             *   (properties: protowire.bench.User.$Shape): protowire.bench.User & protowire.bench.User.$Shape;
             *   (properties?: protowire.bench.User.$Properties): protowire.bench.User;
             * }}
             */
            User.create = function(properties) {
                return new User(properties);
            };

            /**
             * Encodes the specified User message. Does not implicitly {@link protowire.bench.User.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.User
             * @static
             * @param {protowire.bench.User.$Properties} message User message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            User.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.email != null && $Object.hasOwnProperty.call(message, "email") && message.email !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.email);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    $root.protowire.bench.Address.encode(message.address, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.tags[i]);
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                    for (let keys = $Object.keys(message.attributes), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.attributes[keys[i]]).ldelim();
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance") && (typeof message.balance === "object" ? message.balance.low || message.balance.high : message.balance !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).sint64(message.balance);
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken") && (typeof message.sessionToken === "object" ? message.sessionToken.low || message.sessionToken.high : message.sessionToken !== 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).fixed64(message.sessionToken);
                if (message.phones != null && message.phones.length)
                    for (let i = 0; i < message.phones.length; ++i)
                        $root.protowire.bench.Phone.encode(message.phones[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.status);
                if (message.age != null && $Object.hasOwnProperty.call(message, "age") && message.age !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).int32(message.age);
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified") && message.verified !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.verified);
                if (message.rating != null && $Object.hasOwnProperty.call(message, "rating") && !$Object.is(message.rating, 0))
                    writer.uint32(/* id 13, wireType 1 =*/105).double(message.rating);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).int64(message.createdAt);
                if (message.bio != null && $Object.hasOwnProperty.call(message, "bio") && message.bio !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.bio);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified User message, length delimited. Does not implicitly {@link protowire.bench.User.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.User
             * @static
             * @param {protowire.bench.User.$Properties} message User message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            User.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a User message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.User
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.User & protowire.bench.User.$Shape} User
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            User.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.protowire.bench.User();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.email = value;
                            else
                                delete message.email;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.address = $root.protowire.bench.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.address);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (message.attributes === $util.emptyObject)
                                message.attributes = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.attributes, key);
                            message.attributes[key] = value;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.balance = value;
                            else
                                delete message.balance;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.sessionToken = value;
                            else
                                delete message.sessionToken;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.phones && message.phones.length))
                                message.phones = [];
                            message.phones.push($root.protowire.bench.Phone.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.age = value;
                            else
                                delete message.age;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.verified = value;
                            else
                                delete message.verified;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rating = value;
                            else
                                delete message.rating;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bio = value;
                            else
                                delete message.bio;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a User message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.User
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.User & protowire.bench.User.$Shape} User
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            User.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a User message.
             * @function verify
             * @memberof protowire.bench.User
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            User.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                        return "id: integer|Long expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                    if (!$util.isString(message.email))
                        return "email: string expected";
                if (message.address != null && $Object.hasOwnProperty.call(message, "address")) {
                    let error = $root.protowire.bench.Address.verify(message.address, _depth + 1);
                    if (error)
                        return "address." + error;
                }
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                    if (!$util.isObject(message.attributes))
                        return "attributes: object expected";
                    let key = $Object.keys(message.attributes);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.attributes[key[i]]))
                            return "attributes: string{k:string} expected";
                }
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance"))
                    if (!$util.isInteger(message.balance) && !(message.balance && $util.isInteger(message.balance.low) && $util.isInteger(message.balance.high)))
                        return "balance: integer|Long expected";
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken"))
                    if (!$util.isInteger(message.sessionToken) && !(message.sessionToken && $util.isInteger(message.sessionToken.low) && $util.isInteger(message.sessionToken.high)))
                        return "sessionToken: integer|Long expected";
                if (message.phones != null && $Object.hasOwnProperty.call(message, "phones")) {
                    if (!$Array.isArray(message.phones))
                        return "phones: array expected";
                    for (let i = 0; i < message.phones.length; ++i) {
                        let error = $root.protowire.bench.Phone.verify(message.phones[i], _depth + 1);
                        if (error)
                            return "phones." + error;
                    }
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.age != null && $Object.hasOwnProperty.call(message, "age"))
                    if (!$util.isInteger(message.age))
                        return "age: integer expected";
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                    if (typeof message.verified !== "boolean")
                        return "verified: boolean expected";
                if (message.rating != null && $Object.hasOwnProperty.call(message, "rating"))
                    if (typeof message.rating !== "number")
                        return "rating: number expected";
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                        return "createdAt: integer|Long expected";
                if (message.bio != null && $Object.hasOwnProperty.call(message, "bio"))
                    if (!$util.isString(message.bio))
                        return "bio: string expected";
                return null;
            };

            /**
             * Creates a User message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.User
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.User} User
             */
            User.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.User)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.User: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.User();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.email != null)
                    if (typeof object.email !== "string" || object.email.length)
                        message.email = $String(object.email);
                if (object.address != null) {
                    if (!$util.isObject(object.address))
                        throw $TypeError(".protowire.bench.User.address: object expected");
                    message.address = $root.protowire.bench.Address.fromObject(object.address, _depth + 1);
                }
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".protowire.bench.User.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.attributes) {
                    if (!$util.isObject(object.attributes))
                        throw $TypeError(".protowire.bench.User.attributes: object expected");
                    message.attributes = {};
                    for (let keys = $Object.keys(object.attributes), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.attributes, keys[i]);
                        message.attributes[keys[i]] = $String(object.attributes[keys[i]]);
                    }
                }
                if (object.balance != null)
                    if (typeof object.balance === "object" ? object.balance.low || object.balance.high : $Number(object.balance) !== 0)
                        if ($util.Long)
                            message.balance = $util.Long.fromValue(object.balance, false);
                        else if (typeof object.balance === "string")
                            message.balance = $parseInt(object.balance, 10);
                        else if (typeof object.balance === "number")
                            message.balance = object.balance;
                        else if (typeof object.balance === "object")
                            message.balance = new $util.LongBits(object.balance.low >>> 0, object.balance.high >>> 0).toNumber();
                if (object.sessionToken != null)
                    if (typeof object.sessionToken === "object" ? object.sessionToken.low || object.sessionToken.high : $Number(object.sessionToken) !== 0)
                        if ($util.Long)
                            message.sessionToken = $util.Long.fromValue(object.sessionToken, true);
                        else if (typeof object.sessionToken === "string")
                            message.sessionToken = $parseInt(object.sessionToken, 10);
                        else if (typeof object.sessionToken === "number")
                            message.sessionToken = object.sessionToken;
                        else if (typeof object.sessionToken === "object")
                            message.sessionToken = new $util.LongBits(object.sessionToken.low >>> 0, object.sessionToken.high >>> 0).toNumber(true);
                if (object.phones) {
                    if (!$Array.isArray(object.phones))
                        throw $TypeError(".protowire.bench.User.phones: array expected");
                    message.phones = $Array(object.phones.length);
                    for (let i = 0; i < object.phones.length; ++i) {
                        if (!$util.isObject(object.phones[i]))
                            throw $TypeError(".protowire.bench.User.phones: object expected");
                        message.phones[i] = $root.protowire.bench.Phone.fromObject(object.phones[i], _depth + 1);
                    }
                }
                if (object.status !== 0 && (typeof object.status !== "string" || $root.protowire.bench.Status[object.status] !== 0))
                    switch (object.status) {
                    case "STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "STATUS_ACTIVE":
                    case 1:
                        message.status = 1;
                        break;
                    case "STATUS_SUSPENDED":
                    case 2:
                        message.status = 2;
                        break;
                    case "STATUS_DELETED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.age != null)
                    if ($Number(object.age) !== 0)
                        message.age = object.age | 0;
                if (object.verified != null)
                    if (object.verified)
                        message.verified = $Boolean(object.verified);
                if (object.rating != null)
                    if (!$Object.is($Number(object.rating), 0))
                        message.rating = $Number(object.rating);
                if (object.createdAt != null)
                    if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                        if ($util.Long)
                            message.createdAt = $util.Long.fromValue(object.createdAt, false);
                        else if (typeof object.createdAt === "string")
                            message.createdAt = $parseInt(object.createdAt, 10);
                        else if (typeof object.createdAt === "number")
                            message.createdAt = object.createdAt;
                        else if (typeof object.createdAt === "object")
                            message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                if (object.bio != null)
                    if (typeof object.bio !== "string" || object.bio.length)
                        message.bio = $String(object.bio);
                return message;
            };

            /**
             * Creates a plain object from a User message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.User
             * @static
             * @param {protowire.bench.User} message User
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            User.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.tags = [];
                    object.phones = [];
                }
                if (options.objects || options.defaults)
                    object.attributes = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.name = "";
                    object.email = "";
                    object.address = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.balance = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.balance = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sessionToken = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sessionToken = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                    object.age = 0;
                    object.verified = false;
                    object.rating = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.bio = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                    object.email = message.email;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = $root.protowire.bench.Address.toObject(message.address, options, _depth + 1);
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                let keys2;
                if (message.attributes && (keys2 = $Object.keys(message.attributes)).length) {
                    object.attributes = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.attributes, keys2[j]);
                        object.attributes[keys2[j]] = message.attributes[keys2[j]];
                    }
                }
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.balance = typeof message.balance === "number" ? $BigInt(message.balance) : $util.Long.fromBits(message.balance.low >>> 0, message.balance.high >>> 0, false).toBigInt();
                    else if (typeof message.balance === "number")
                        object.balance = options.longs === $String ? $String(message.balance) : message.balance;
                    else
                        object.balance = options.longs === $String ? $util.Long.prototype.toString.call(message.balance) : options.longs === $Number ? new $util.LongBits(message.balance.low >>> 0, message.balance.high >>> 0).toNumber() : message.balance;
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sessionToken = typeof message.sessionToken === "number" ? $BigInt(message.sessionToken) : $util.Long.fromBits(message.sessionToken.low >>> 0, message.sessionToken.high >>> 0, true).toBigInt();
                    else if (typeof message.sessionToken === "number")
                        object.sessionToken = options.longs === $String ? $String(message.sessionToken) : message.sessionToken;
                    else
                        object.sessionToken = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionToken) : options.longs === $Number ? new $util.LongBits(message.sessionToken.low >>> 0, message.sessionToken.high >>> 0).toNumber(true) : message.sessionToken;
                if (message.phones && message.phones.length) {
                    object.phones = $Array(message.phones.length);
                    for (let j = 0; j < message.phones.length; ++j)
                        object.phones[j] = $root.protowire.bench.Phone.toObject(message.phones[j], options, _depth + 1);
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.protowire.bench.Status[message.status] === $undefined ? message.status : $root.protowire.bench.Status[message.status] : message.status;
                if (message.age != null && $Object.hasOwnProperty.call(message, "age"))
                    object.age = message.age;
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                    object.verified = message.verified;
                if (message.rating != null && $Object.hasOwnProperty.call(message, "rating"))
                    object.rating = options.json && !$isFinite(message.rating) ? $String(message.rating) : message.rating;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAt === "number")
                        object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                    else
                        object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                if (message.bio != null && $Object.hasOwnProperty.call(message, "bio"))
                    object.bio = message.bio;
                return object;
            };

            /**
             * Converts this User to JSON.
             * @function toJSON
             * @memberof protowire.bench.User
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            User.prototype.toJSON = function() {
                return User.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for User
             * @function getTypeUrl
             * @memberof protowire.bench.User
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            User.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.User";
            };

            return User;
        })();

        bench.Numeric = (function() {

            /**
             * Properties of a Numeric.
             * @typedef {Object} protowire.bench.Numeric.$Properties
             * @property {Array.<number>|null} [ints] Numeric ints
             * @property {Array.<number>|null} [doubles] Numeric doubles
             * @property {Array.<Long>|null} [sints] Numeric sints
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Numeric.
             * @memberof protowire.bench
             * @interface INumeric
             * @augments protowire.bench.Numeric.$Properties
             * @deprecated Use protowire.bench.Numeric.$Properties instead.
             */

            /**
             * Shape of a Numeric.
             * @typedef {protowire.bench.Numeric.$Properties} protowire.bench.Numeric.$Shape
             */

            /**
             * Constructs a new Numeric.
             * @memberof protowire.bench
             * @classdesc Represents a Numeric.
             * @constructor
             * @param {protowire.bench.Numeric.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Numeric = function (properties) {
                this.ints = [];
                this.doubles = [];
                this.sints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Numeric ints.
             * @member {Array.<number>} ints
             * @memberof protowire.bench.Numeric
             * @instance
             */
            Numeric.prototype.ints = $util.emptyArray;

            /**
             * Numeric doubles.
             * @member {Array.<number>} doubles
             * @memberof protowire.bench.Numeric
             * @instance
             */
            Numeric.prototype.doubles = $util.emptyArray;

            /**
             * Numeric sints.
             * @member {Array.<Long>} sints
             * @memberof protowire.bench.Numeric
             * @instance
             */
            Numeric.prototype.sints = $util.emptyArray;

            /**
             * Creates a new Numeric instance using the specified properties.
             * @function create
             * @memberof protowire.bench.Numeric
             * @static
             * @param {protowire.bench.Numeric.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.Numeric} Numeric instance
             * @type {{
             *   (properties: protowire.bench.Numeric.$Shape): protowire.bench.Numeric & protowire.bench.Numeric.$Shape;
             *   (properties?: protowire.bench.Numeric.$Properties): protowire.bench.Numeric;
             * }}
             */
            Numeric.create = function(properties) {
                return new Numeric(properties);
            };

            /**
             * Encodes the specified Numeric message. Does not implicitly {@link protowire.bench.Numeric.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.Numeric
             * @static
             * @param {protowire.bench.Numeric.$Properties} message Numeric message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Numeric.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ints != null && message.ints.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).int32s(message.ints);
                if (message.doubles != null && message.doubles.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).doubles(message.doubles);
                if (message.sints != null && message.sints.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).sint64s(message.sints);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Numeric message, length delimited. Does not implicitly {@link protowire.bench.Numeric.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.Numeric
             * @static
             * @param {protowire.bench.Numeric.$Properties} message Numeric message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Numeric.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Numeric message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.Numeric
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.Numeric & protowire.bench.Numeric.$Shape} Numeric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Numeric.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.protowire.bench.Numeric();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.ints && message.ints.length))
                                    message.ints = [];
                                reader.int32s(message.ints);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.ints && message.ints.length))
                                message.ints = [];
                            message.ints.push(reader.int32());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.doubles && message.doubles.length))
                                    message.doubles = [];
                                reader.doubles(message.doubles);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.doubles && message.doubles.length))
                                message.doubles = [];
                            message.doubles.push(reader.double());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.sints && message.sints.length))
                                    message.sints = [];
                                reader.sint64s(message.sints);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.sints && message.sints.length))
                                message.sints = [];
                            message.sints.push(reader.sint64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Numeric message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.Numeric
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.Numeric & protowire.bench.Numeric.$Shape} Numeric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Numeric.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Numeric message.
             * @function verify
             * @memberof protowire.bench.Numeric
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Numeric.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ints != null && $Object.hasOwnProperty.call(message, "ints")) {
                    if (!$Array.isArray(message.ints))
                        return "ints: array expected";
                    for (let i = 0; i < message.ints.length; ++i)
                        if (!$util.isInteger(message.ints[i]))
                            return "ints: integer[] expected";
                }
                if (message.doubles != null && $Object.hasOwnProperty.call(message, "doubles")) {
                    if (!$Array.isArray(message.doubles))
                        return "doubles: array expected";
                    for (let i = 0; i < message.doubles.length; ++i)
                        if (typeof message.doubles[i] !== "number")
                            return "doubles: number[] expected";
                }
                if (message.sints != null && $Object.hasOwnProperty.call(message, "sints")) {
                    if (!$Array.isArray(message.sints))
                        return "sints: array expected";
                    for (let i = 0; i < message.sints.length; ++i)
                        if (!$util.isInteger(message.sints[i]) && !(message.sints[i] && $util.isInteger(message.sints[i].low) && $util.isInteger(message.sints[i].high)))
                            return "sints: integer|Long[] expected";
                }
                return null;
            };

            /**
             * Creates a Numeric message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.Numeric
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.Numeric} Numeric
             */
            Numeric.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.Numeric)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.Numeric: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.Numeric();
                if (object.ints) {
                    if (!$Array.isArray(object.ints))
                        throw $TypeError(".protowire.bench.Numeric.ints: array expected");
                    message.ints = $Array(object.ints.length);
                    for (let i = 0; i < object.ints.length; ++i)
                        message.ints[i] = object.ints[i] | 0;
                }
                if (object.doubles) {
                    if (!$Array.isArray(object.doubles))
                        throw $TypeError(".protowire.bench.Numeric.doubles: array expected");
                    message.doubles = $Array(object.doubles.length);
                    for (let i = 0; i < object.doubles.length; ++i)
                        message.doubles[i] = $Number(object.doubles[i]);
                }
                if (object.sints) {
                    if (!$Array.isArray(object.sints))
                        throw $TypeError(".protowire.bench.Numeric.sints: array expected");
                    message.sints = $Array(object.sints.length);
                    for (let i = 0; i < object.sints.length; ++i)
                        if ($util.Long)
                            message.sints[i] = $util.Long.fromValue(object.sints[i], false);
                        else if (typeof object.sints[i] === "string")
                            message.sints[i] = $parseInt(object.sints[i], 10);
                        else if (typeof object.sints[i] === "number")
                            message.sints[i] = object.sints[i];
                        else if (typeof object.sints[i] === "object")
                            message.sints[i] = new $util.LongBits(object.sints[i].low >>> 0, object.sints[i].high >>> 0).toNumber();
                }
                return message;
            };

            /**
             * Creates a plain object from a Numeric message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.Numeric
             * @static
             * @param {protowire.bench.Numeric} message Numeric
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Numeric.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.ints = [];
                    object.doubles = [];
                    object.sints = [];
                }
                if (message.ints && message.ints.length) {
                    object.ints = $Array(message.ints.length);
                    for (let j = 0; j < message.ints.length; ++j)
                        object.ints[j] = message.ints[j];
                }
                if (message.doubles && message.doubles.length) {
                    object.doubles = $Array(message.doubles.length);
                    for (let j = 0; j < message.doubles.length; ++j)
                        object.doubles[j] = options.json && !$isFinite(message.doubles[j]) ? $String(message.doubles[j]) : message.doubles[j];
                }
                if (message.sints && message.sints.length) {
                    object.sints = $Array(message.sints.length);
                    for (let j = 0; j < message.sints.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sints[j] = typeof message.sints[j] === "number" ? $BigInt(message.sints[j]) : $util.Long.fromBits(message.sints[j].low >>> 0, message.sints[j].high >>> 0, false).toBigInt();
                        else if (typeof message.sints[j] === "number")
                            object.sints[j] = options.longs === $String ? $String(message.sints[j]) : message.sints[j];
                        else
                            object.sints[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.sints[j]) : options.longs === $Number ? new $util.LongBits(message.sints[j].low >>> 0, message.sints[j].high >>> 0).toNumber() : message.sints[j];
                }
                return object;
            };

            /**
             * Converts this Numeric to JSON.
             * @function toJSON
             * @memberof protowire.bench.Numeric
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Numeric.prototype.toJSON = function() {
                return Numeric.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Numeric
             * @function getTypeUrl
             * @memberof protowire.bench.Numeric
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Numeric.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.Numeric";
            };

            return Numeric;
        })();

        bench.Strings = (function() {

            /**
             * Properties of a Strings.
             * @typedef {Object} protowire.bench.Strings.$Properties
             * @property {string|null} [ascii] Strings ascii
             * @property {string|null} [text] Strings text
             * @property {Uint8Array|null} [blob] Strings blob
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Strings.
             * @memberof protowire.bench
             * @interface IStrings
             * @augments protowire.bench.Strings.$Properties
             * @deprecated Use protowire.bench.Strings.$Properties instead.
             */

            /**
             * Shape of a Strings.
             * @typedef {protowire.bench.Strings.$Properties} protowire.bench.Strings.$Shape
             */

            /**
             * Constructs a new Strings.
             * @memberof protowire.bench
             * @classdesc Represents a Strings.
             * @constructor
             * @param {protowire.bench.Strings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Strings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Strings ascii.
             * @member {string} ascii
             * @memberof protowire.bench.Strings
             * @instance
             */
            Strings.prototype.ascii = "";

            /**
             * Strings text.
             * @member {string} text
             * @memberof protowire.bench.Strings
             * @instance
             */
            Strings.prototype.text = "";

            /**
             * Strings blob.
             * @member {Uint8Array} blob
             * @memberof protowire.bench.Strings
             * @instance
             */
            Strings.prototype.blob = $util.newBuffer([]);

            /**
             * Creates a new Strings instance using the specified properties.
             * @function create
             * @memberof protowire.bench.Strings
             * @static
             * @param {protowire.bench.Strings.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.Strings} Strings instance
             * @type {{
             *   (properties: protowire.bench.Strings.$Shape): protowire.bench.Strings & protowire.bench.Strings.$Shape;
             *   (properties?: protowire.bench.Strings.$Properties): protowire.bench.Strings;
             * }}
             */
            Strings.create = function(properties) {
                return new Strings(properties);
            };

            /**
             * Encodes the specified Strings message. Does not implicitly {@link protowire.bench.Strings.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.Strings
             * @static
             * @param {protowire.bench.Strings.$Properties} message Strings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Strings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ascii != null && $Object.hasOwnProperty.call(message, "ascii") && message.ascii !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.ascii);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.blob != null && $Object.hasOwnProperty.call(message, "blob") && message.blob.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.blob);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Strings message, length delimited. Does not implicitly {@link protowire.bench.Strings.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.Strings
             * @static
             * @param {protowire.bench.Strings.$Properties} message Strings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Strings.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Strings message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.Strings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.Strings & protowire.bench.Strings.$Shape} Strings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Strings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.protowire.bench.Strings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ascii = value;
                            else
                                delete message.ascii;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.blob = value;
                            else
                                delete message.blob;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Strings message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.Strings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.Strings & protowire.bench.Strings.$Shape} Strings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Strings.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Strings message.
             * @function verify
             * @memberof protowire.bench.Strings
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Strings.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ascii != null && $Object.hasOwnProperty.call(message, "ascii"))
                    if (!$util.isString(message.ascii))
                        return "ascii: string expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                if (message.blob != null && $Object.hasOwnProperty.call(message, "blob"))
                    if (!(message.blob && typeof message.blob.length === "number" || $util.isString(message.blob)))
                        return "blob: buffer expected";
                return null;
            };

            /**
             * Creates a Strings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.Strings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.Strings} Strings
             */
            Strings.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.Strings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.Strings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.Strings();
                if (object.ascii != null)
                    if (typeof object.ascii !== "string" || object.ascii.length)
                        message.ascii = $String(object.ascii);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.blob != null)
                    if (object.blob.length)
                        if (typeof object.blob === "string")
                            $util.base64.decode(object.blob, message.blob = $util.newBuffer($util.base64.length(object.blob)), 0);
                        else if (object.blob.length >= 0)
                            message.blob = object.blob;
                return message;
            };

            /**
             * Creates a plain object from a Strings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.Strings
             * @static
             * @param {protowire.bench.Strings} message Strings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Strings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.ascii = "";
                    object.text = "";
                    if (options.bytes === $String)
                        object.blob = "";
                    else {
                        object.blob = [];
                        if (options.bytes !== $Array)
                            object.blob = $util.newBuffer(object.blob);
                    }
                }
                if (message.ascii != null && $Object.hasOwnProperty.call(message, "ascii"))
                    object.ascii = message.ascii;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.blob != null && $Object.hasOwnProperty.call(message, "blob"))
                    object.blob = options.bytes === $String ? $util.base64.encode(message.blob, 0, message.blob.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blob) : message.blob;
                return object;
            };

            /**
             * Converts this Strings to JSON.
             * @function toJSON
             * @memberof protowire.bench.Strings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Strings.prototype.toJSON = function() {
                return Strings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Strings
             * @function getTypeUrl
             * @memberof protowire.bench.Strings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Strings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.Strings";
            };

            return Strings;
        })();

        bench.Blob = (function() {

            /**
             * Properties of a Blob.
             * @typedef {Object} protowire.bench.Blob.$Properties
             * @property {string|null} [ascii] Blob ascii
             * @property {string|null} [latin1] Blob latin1
             * @property {string|null} [text] Blob text
             * @property {Array.<string>|null} [keywords] Blob keywords
             * @property {Uint8Array|null} [payload] Blob payload
             * @property {Uint8Array|null} [digest] Blob digest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Blob.
             * @memberof protowire.bench
             * @interface IBlob
             * @augments protowire.bench.Blob.$Properties
             * @deprecated Use protowire.bench.Blob.$Properties instead.
             */

            /**
             * Shape of a Blob.
             * @typedef {protowire.bench.Blob.$Properties} protowire.bench.Blob.$Shape
             */

            /**
             * Constructs a new Blob.
             * @memberof protowire.bench
             * @classdesc Represents a Blob.
             * @constructor
             * @param {protowire.bench.Blob.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Blob = function (properties) {
                this.keywords = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Blob ascii.
             * @member {string} ascii
             * @memberof protowire.bench.Blob
             * @instance
             */
            Blob.prototype.ascii = "";

            /**
             * Blob latin1.
             * @member {string} latin1
             * @memberof protowire.bench.Blob
             * @instance
             */
            Blob.prototype.latin1 = "";

            /**
             * Blob text.
             * @member {string} text
             * @memberof protowire.bench.Blob
             * @instance
             */
            Blob.prototype.text = "";

            /**
             * Blob keywords.
             * @member {Array.<string>} keywords
             * @memberof protowire.bench.Blob
             * @instance
             */
            Blob.prototype.keywords = $util.emptyArray;

            /**
             * Blob payload.
             * @member {Uint8Array} payload
             * @memberof protowire.bench.Blob
             * @instance
             */
            Blob.prototype.payload = $util.newBuffer([]);

            /**
             * Blob digest.
             * @member {Uint8Array} digest
             * @memberof protowire.bench.Blob
             * @instance
             */
            Blob.prototype.digest = $util.newBuffer([]);

            /**
             * Creates a new Blob instance using the specified properties.
             * @function create
             * @memberof protowire.bench.Blob
             * @static
             * @param {protowire.bench.Blob.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.Blob} Blob instance
             * @type {{
             *   (properties: protowire.bench.Blob.$Shape): protowire.bench.Blob & protowire.bench.Blob.$Shape;
             *   (properties?: protowire.bench.Blob.$Properties): protowire.bench.Blob;
             * }}
             */
            Blob.create = function(properties) {
                return new Blob(properties);
            };

            /**
             * Encodes the specified Blob message. Does not implicitly {@link protowire.bench.Blob.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.Blob
             * @static
             * @param {protowire.bench.Blob.$Properties} message Blob message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Blob.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ascii != null && $Object.hasOwnProperty.call(message, "ascii") && message.ascii !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.ascii);
                if (message.latin1 != null && $Object.hasOwnProperty.call(message, "latin1") && message.latin1 !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.latin1);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.keywords != null && message.keywords.length)
                    for (let i = 0; i < message.keywords.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.keywords[i]);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.payload);
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.digest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Blob message, length delimited. Does not implicitly {@link protowire.bench.Blob.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.Blob
             * @static
             * @param {protowire.bench.Blob.$Properties} message Blob message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Blob.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Blob message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.Blob
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.Blob & protowire.bench.Blob.$Shape} Blob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Blob.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.protowire.bench.Blob();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ascii = value;
                            else
                                delete message.ascii;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.latin1 = value;
                            else
                                delete message.latin1;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keywords && message.keywords.length))
                                message.keywords = [];
                            message.keywords.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.digest = value;
                            else
                                delete message.digest;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Blob message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.Blob
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.Blob & protowire.bench.Blob.$Shape} Blob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Blob.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Blob message.
             * @function verify
             * @memberof protowire.bench.Blob
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Blob.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ascii != null && $Object.hasOwnProperty.call(message, "ascii"))
                    if (!$util.isString(message.ascii))
                        return "ascii: string expected";
                if (message.latin1 != null && $Object.hasOwnProperty.call(message, "latin1"))
                    if (!$util.isString(message.latin1))
                        return "latin1: string expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                if (message.keywords != null && $Object.hasOwnProperty.call(message, "keywords")) {
                    if (!$Array.isArray(message.keywords))
                        return "keywords: array expected";
                    for (let i = 0; i < message.keywords.length; ++i)
                        if (!$util.isString(message.keywords[i]))
                            return "keywords: string[] expected";
                }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    if (!(message.digest && typeof message.digest.length === "number" || $util.isString(message.digest)))
                        return "digest: buffer expected";
                return null;
            };

            /**
             * Creates a Blob message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.Blob
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.Blob} Blob
             */
            Blob.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.Blob)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.Blob: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.Blob();
                if (object.ascii != null)
                    if (typeof object.ascii !== "string" || object.ascii.length)
                        message.ascii = $String(object.ascii);
                if (object.latin1 != null)
                    if (typeof object.latin1 !== "string" || object.latin1.length)
                        message.latin1 = $String(object.latin1);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.keywords) {
                    if (!$Array.isArray(object.keywords))
                        throw $TypeError(".protowire.bench.Blob.keywords: array expected");
                    message.keywords = $Array(object.keywords.length);
                    for (let i = 0; i < object.keywords.length; ++i)
                        message.keywords[i] = $String(object.keywords[i]);
                }
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.digest != null)
                    if (object.digest.length)
                        if (typeof object.digest === "string")
                            $util.base64.decode(object.digest, message.digest = $util.newBuffer($util.base64.length(object.digest)), 0);
                        else if (object.digest.length >= 0)
                            message.digest = object.digest;
                return message;
            };

            /**
             * Creates a plain object from a Blob message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.Blob
             * @static
             * @param {protowire.bench.Blob} message Blob
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Blob.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.keywords = [];
                if (options.defaults) {
                    object.ascii = "";
                    object.latin1 = "";
                    object.text = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    if (options.bytes === $String)
                        object.digest = "";
                    else {
                        object.digest = [];
                        if (options.bytes !== $Array)
                            object.digest = $util.newBuffer(object.digest);
                    }
                }
                if (message.ascii != null && $Object.hasOwnProperty.call(message, "ascii"))
                    object.ascii = message.ascii;
                if (message.latin1 != null && $Object.hasOwnProperty.call(message, "latin1"))
                    object.latin1 = message.latin1;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.keywords && message.keywords.length) {
                    object.keywords = $Array(message.keywords.length);
                    for (let j = 0; j < message.keywords.length; ++j)
                        object.keywords[j] = message.keywords[j];
                }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    object.digest = options.bytes === $String ? $util.base64.encode(message.digest, 0, message.digest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.digest) : message.digest;
                return object;
            };

            /**
             * Converts this Blob to JSON.
             * @function toJSON
             * @memberof protowire.bench.Blob
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Blob.prototype.toJSON = function() {
                return Blob.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Blob
             * @function getTypeUrl
             * @memberof protowire.bench.Blob
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Blob.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.Blob";
            };

            return Blob;
        })();

        bench.Batch = (function() {

            /**
             * Properties of a Batch.
             * @typedef {Object} protowire.bench.Batch.$Properties
             * @property {Array.<protowire.bench.User.$Properties>|null} [users] Batch users
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Batch.
             * @memberof protowire.bench
             * @interface IBatch
             * @augments protowire.bench.Batch.$Properties
             * @deprecated Use protowire.bench.Batch.$Properties instead.
             */

            /**
             * Shape of a Batch.
             * @typedef {protowire.bench.Batch.$Properties} protowire.bench.Batch.$Shape
             */

            /**
             * Constructs a new Batch.
             * @memberof protowire.bench
             * @classdesc Represents a Batch.
             * @constructor
             * @param {protowire.bench.Batch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Batch = function (properties) {
                this.users = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Batch users.
             * @member {Array.<protowire.bench.User.$Properties>} users
             * @memberof protowire.bench.Batch
             * @instance
             */
            Batch.prototype.users = $util.emptyArray;

            /**
             * Creates a new Batch instance using the specified properties.
             * @function create
             * @memberof protowire.bench.Batch
             * @static
             * @param {protowire.bench.Batch.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.Batch} Batch instance
             * @type {{
             *   (properties: protowire.bench.Batch.$Shape): protowire.bench.Batch & protowire.bench.Batch.$Shape;
             *   (properties?: protowire.bench.Batch.$Properties): protowire.bench.Batch;
             * }}
             */
            Batch.create = function(properties) {
                return new Batch(properties);
            };

            /**
             * Encodes the specified Batch message. Does not implicitly {@link protowire.bench.Batch.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.Batch
             * @static
             * @param {protowire.bench.Batch.$Properties} message Batch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Batch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.users != null && message.users.length)
                    for (let i = 0; i < message.users.length; ++i)
                        $root.protowire.bench.User.encode(message.users[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Batch message, length delimited. Does not implicitly {@link protowire.bench.Batch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.Batch
             * @static
             * @param {protowire.bench.Batch.$Properties} message Batch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Batch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Batch message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.Batch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.Batch & protowire.bench.Batch.$Shape} Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Batch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.protowire.bench.Batch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.users && message.users.length))
                                message.users = [];
                            message.users.push($root.protowire.bench.User.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Batch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.Batch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.Batch & protowire.bench.Batch.$Shape} Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Batch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Batch message.
             * @function verify
             * @memberof protowire.bench.Batch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Batch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.users != null && $Object.hasOwnProperty.call(message, "users")) {
                    if (!$Array.isArray(message.users))
                        return "users: array expected";
                    for (let i = 0; i < message.users.length; ++i) {
                        let error = $root.protowire.bench.User.verify(message.users[i], _depth + 1);
                        if (error)
                            return "users." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Batch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.Batch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.Batch} Batch
             */
            Batch.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.Batch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.Batch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.Batch();
                if (object.users) {
                    if (!$Array.isArray(object.users))
                        throw $TypeError(".protowire.bench.Batch.users: array expected");
                    message.users = $Array(object.users.length);
                    for (let i = 0; i < object.users.length; ++i) {
                        if (!$util.isObject(object.users[i]))
                            throw $TypeError(".protowire.bench.Batch.users: object expected");
                        message.users[i] = $root.protowire.bench.User.fromObject(object.users[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Batch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.Batch
             * @static
             * @param {protowire.bench.Batch} message Batch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Batch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.users = [];
                if (message.users && message.users.length) {
                    object.users = $Array(message.users.length);
                    for (let j = 0; j < message.users.length; ++j)
                        object.users[j] = $root.protowire.bench.User.toObject(message.users[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Batch to JSON.
             * @function toJSON
             * @memberof protowire.bench.Batch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Batch.prototype.toJSON = function() {
                return Batch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Batch
             * @function getTypeUrl
             * @memberof protowire.bench.Batch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Batch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.Batch";
            };

            return Batch;
        })();

        return bench;
    })();

    return protowire;
})();

export {
  $root as default
};
