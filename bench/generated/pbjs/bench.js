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

        bench.Test = (function() {

            /**
             * Properties of a Test.
             * @typedef {Object} protowire.bench.Test.$Properties
             * @property {string|null} [string] Test string
             * @property {number|null} [uint32] Test uint32
             * @property {protowire.bench.Test.Inner.$Properties|null} [inner] Test inner
             * @property {number|null} [float] Test float
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Test.
             * @memberof protowire.bench
             * @interface ITest
             * @augments protowire.bench.Test.$Properties
             * @deprecated Use protowire.bench.Test.$Properties instead.
             */

            /**
             * Shape of a Test.
             * @typedef {protowire.bench.Test.$Properties} protowire.bench.Test.$Shape
             */

            /**
             * Constructs a new Test.
             * @memberof protowire.bench
             * @classdesc Represents a Test.
             * @constructor
             * @param {protowire.bench.Test.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Test = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Test string.
             * @member {string} string
             * @memberof protowire.bench.Test
             * @instance
             */
            Test.prototype.string = "";

            /**
             * Test uint32.
             * @member {number} uint32
             * @memberof protowire.bench.Test
             * @instance
             */
            Test.prototype.uint32 = 0;

            /**
             * Test inner.
             * @member {protowire.bench.Test.Inner.$Properties|null|undefined} inner
             * @memberof protowire.bench.Test
             * @instance
             */
            Test.prototype.inner = null;

            /**
             * Test float.
             * @member {number} float
             * @memberof protowire.bench.Test
             * @instance
             */
            Test.prototype.float = 0;

            /**
             * Creates a new Test instance using the specified properties.
             * @function create
             * @memberof protowire.bench.Test
             * @static
             * @param {protowire.bench.Test.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.Test} Test instance
             * @type {{
             *   (properties: protowire.bench.Test.$Shape): protowire.bench.Test & protowire.bench.Test.$Shape;
             *   (properties?: protowire.bench.Test.$Properties): protowire.bench.Test;
             * }}
             */
            Test.create = function(properties) {
                return new Test(properties);
            };

            /**
             * Encodes the specified Test message. Does not implicitly {@link protowire.bench.Test.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.Test
             * @static
             * @param {protowire.bench.Test.$Properties} message Test message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Test.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.string != null && $Object.hasOwnProperty.call(message, "string") && message.string !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.string);
                if (message.uint32 != null && $Object.hasOwnProperty.call(message, "uint32") && message.uint32 !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.uint32);
                if (message.inner != null && $Object.hasOwnProperty.call(message, "inner"))
                    $root.protowire.bench.Test.Inner.encode(message.inner, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.float != null && $Object.hasOwnProperty.call(message, "float") && !$Object.is(message.float, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.float);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Test message, length delimited. Does not implicitly {@link protowire.bench.Test.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.Test
             * @static
             * @param {protowire.bench.Test.$Properties} message Test message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Test.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Test message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.Test
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.Test & protowire.bench.Test.$Shape} Test
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Test.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.protowire.bench.Test();
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
                                message.string = value;
                            else
                                delete message.string;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.uint32 = value;
                            else
                                delete message.uint32;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.inner = $root.protowire.bench.Test.Inner.decode(reader, reader.size(), $undefined, _depth + 1, message.inner);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.float = value;
                            else
                                delete message.float;
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
             * Decodes a Test message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.Test
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.Test & protowire.bench.Test.$Shape} Test
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Test.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Test message.
             * @function verify
             * @memberof protowire.bench.Test
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Test.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.string != null && $Object.hasOwnProperty.call(message, "string"))
                    if (!$util.isString(message.string))
                        return "string: string expected";
                if (message.uint32 != null && $Object.hasOwnProperty.call(message, "uint32"))
                    if (!$util.isInteger(message.uint32))
                        return "uint32: integer expected";
                if (message.inner != null && $Object.hasOwnProperty.call(message, "inner")) {
                    let error = $root.protowire.bench.Test.Inner.verify(message.inner, _depth + 1);
                    if (error)
                        return "inner." + error;
                }
                if (message.float != null && $Object.hasOwnProperty.call(message, "float"))
                    if (typeof message.float !== "number")
                        return "float: number expected";
                return null;
            };

            /**
             * Creates a Test message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.Test
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.Test} Test
             */
            Test.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.Test)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.Test: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.Test();
                if (object.string != null)
                    if (typeof object.string !== "string" || object.string.length)
                        message.string = $String(object.string);
                if (object.uint32 != null)
                    if ($Number(object.uint32) !== 0)
                        message.uint32 = object.uint32 >>> 0;
                if (object.inner != null) {
                    if (!$util.isObject(object.inner))
                        throw $TypeError(".protowire.bench.Test.inner: object expected");
                    message.inner = $root.protowire.bench.Test.Inner.fromObject(object.inner, _depth + 1);
                }
                if (object.float != null)
                    if (!$Object.is($Number(object.float), 0))
                        message.float = $Number(object.float);
                return message;
            };

            /**
             * Creates a plain object from a Test message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.Test
             * @static
             * @param {protowire.bench.Test} message Test
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Test.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.string = "";
                    object.uint32 = 0;
                    object.inner = null;
                    object.float = 0;
                }
                if (message.string != null && $Object.hasOwnProperty.call(message, "string"))
                    object.string = message.string;
                if (message.uint32 != null && $Object.hasOwnProperty.call(message, "uint32"))
                    object.uint32 = message.uint32;
                if (message.inner != null && $Object.hasOwnProperty.call(message, "inner"))
                    object.inner = $root.protowire.bench.Test.Inner.toObject(message.inner, options, _depth + 1);
                if (message.float != null && $Object.hasOwnProperty.call(message, "float"))
                    object.float = options.json && !$isFinite(message.float) ? $String(message.float) : message.float;
                return object;
            };

            /**
             * Converts this Test to JSON.
             * @function toJSON
             * @memberof protowire.bench.Test
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Test.prototype.toJSON = function() {
                return Test.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Test
             * @function getTypeUrl
             * @memberof protowire.bench.Test
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Test.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.Test";
            };

            Test.Inner = (function() {

                /**
                 * Properties of an Inner.
                 * @typedef {Object} protowire.bench.Test.Inner.$Properties
                 * @property {number|null} [int32] Inner int32
                 * @property {protowire.bench.Test.Inner.InnerInner.$Properties|null} [innerInner] Inner innerInner
                 * @property {protowire.bench.Outer.$Properties|null} [outer] Inner outer
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Inner.
                 * @memberof protowire.bench.Test
                 * @interface IInner
                 * @augments protowire.bench.Test.Inner.$Properties
                 * @deprecated Use protowire.bench.Test.Inner.$Properties instead.
                 */

                /**
                 * Shape of an Inner.
                 * @typedef {protowire.bench.Test.Inner.$Properties} protowire.bench.Test.Inner.$Shape
                 */

                /**
                 * Constructs a new Inner.
                 * @memberof protowire.bench.Test
                 * @classdesc Represents an Inner.
                 * @constructor
                 * @param {protowire.bench.Test.Inner.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Inner = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Inner int32.
                 * @member {number} int32
                 * @memberof protowire.bench.Test.Inner
                 * @instance
                 */
                Inner.prototype.int32 = 0;

                /**
                 * Inner innerInner.
                 * @member {protowire.bench.Test.Inner.InnerInner.$Properties|null|undefined} innerInner
                 * @memberof protowire.bench.Test.Inner
                 * @instance
                 */
                Inner.prototype.innerInner = null;

                /**
                 * Inner outer.
                 * @member {protowire.bench.Outer.$Properties|null|undefined} outer
                 * @memberof protowire.bench.Test.Inner
                 * @instance
                 */
                Inner.prototype.outer = null;

                /**
                 * Creates a new Inner instance using the specified properties.
                 * @function create
                 * @memberof protowire.bench.Test.Inner
                 * @static
                 * @param {protowire.bench.Test.Inner.$Properties=} [properties] Properties to set
                 * @returns {protowire.bench.Test.Inner} Inner instance
                 * @type {{
                 *   (properties: protowire.bench.Test.Inner.$Shape): protowire.bench.Test.Inner & protowire.bench.Test.Inner.$Shape;
                 *   (properties?: protowire.bench.Test.Inner.$Properties): protowire.bench.Test.Inner;
                 * }}
                 */
                Inner.create = function(properties) {
                    return new Inner(properties);
                };

                /**
                 * Encodes the specified Inner message. Does not implicitly {@link protowire.bench.Test.Inner.verify|verify} messages.
                 * @function encode
                 * @memberof protowire.bench.Test.Inner
                 * @static
                 * @param {protowire.bench.Test.Inner.$Properties} message Inner message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Inner.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.int32 != null && $Object.hasOwnProperty.call(message, "int32") && message.int32 !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.int32);
                    if (message.innerInner != null && $Object.hasOwnProperty.call(message, "innerInner"))
                        $root.protowire.bench.Test.Inner.InnerInner.encode(message.innerInner, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.outer != null && $Object.hasOwnProperty.call(message, "outer"))
                        $root.protowire.bench.Outer.encode(message.outer, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Inner message, length delimited. Does not implicitly {@link protowire.bench.Test.Inner.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof protowire.bench.Test.Inner
                 * @static
                 * @param {protowire.bench.Test.Inner.$Properties} message Inner message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Inner.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Inner message from the specified reader or buffer.
                 * @function decode
                 * @memberof protowire.bench.Test.Inner
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {protowire.bench.Test.Inner & protowire.bench.Test.Inner.$Shape} Inner
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Inner.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.protowire.bench.Test.Inner();
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
                                    message.int32 = value;
                                else
                                    delete message.int32;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.innerInner = $root.protowire.bench.Test.Inner.InnerInner.decode(reader, reader.size(), $undefined, _depth + 1, message.innerInner);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.outer = $root.protowire.bench.Outer.decode(reader, reader.size(), $undefined, _depth + 1, message.outer);
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
                 * Decodes an Inner message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof protowire.bench.Test.Inner
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {protowire.bench.Test.Inner & protowire.bench.Test.Inner.$Shape} Inner
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Inner.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Inner message.
                 * @function verify
                 * @memberof protowire.bench.Test.Inner
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Inner.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.int32 != null && $Object.hasOwnProperty.call(message, "int32"))
                        if (!$util.isInteger(message.int32))
                            return "int32: integer expected";
                    if (message.innerInner != null && $Object.hasOwnProperty.call(message, "innerInner")) {
                        let error = $root.protowire.bench.Test.Inner.InnerInner.verify(message.innerInner, _depth + 1);
                        if (error)
                            return "innerInner." + error;
                    }
                    if (message.outer != null && $Object.hasOwnProperty.call(message, "outer")) {
                        let error = $root.protowire.bench.Outer.verify(message.outer, _depth + 1);
                        if (error)
                            return "outer." + error;
                    }
                    return null;
                };

                /**
                 * Creates an Inner message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof protowire.bench.Test.Inner
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {protowire.bench.Test.Inner} Inner
                 */
                Inner.fromObject = function (object, _depth) {
                    if (object instanceof $root.protowire.bench.Test.Inner)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".protowire.bench.Test.Inner: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.protowire.bench.Test.Inner();
                    if (object.int32 != null)
                        if ($Number(object.int32) !== 0)
                            message.int32 = object.int32 | 0;
                    if (object.innerInner != null) {
                        if (!$util.isObject(object.innerInner))
                            throw $TypeError(".protowire.bench.Test.Inner.innerInner: object expected");
                        message.innerInner = $root.protowire.bench.Test.Inner.InnerInner.fromObject(object.innerInner, _depth + 1);
                    }
                    if (object.outer != null) {
                        if (!$util.isObject(object.outer))
                            throw $TypeError(".protowire.bench.Test.Inner.outer: object expected");
                        message.outer = $root.protowire.bench.Outer.fromObject(object.outer, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Inner message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof protowire.bench.Test.Inner
                 * @static
                 * @param {protowire.bench.Test.Inner} message Inner
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Inner.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.int32 = 0;
                        object.innerInner = null;
                        object.outer = null;
                    }
                    if (message.int32 != null && $Object.hasOwnProperty.call(message, "int32"))
                        object.int32 = message.int32;
                    if (message.innerInner != null && $Object.hasOwnProperty.call(message, "innerInner"))
                        object.innerInner = $root.protowire.bench.Test.Inner.InnerInner.toObject(message.innerInner, options, _depth + 1);
                    if (message.outer != null && $Object.hasOwnProperty.call(message, "outer"))
                        object.outer = $root.protowire.bench.Outer.toObject(message.outer, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this Inner to JSON.
                 * @function toJSON
                 * @memberof protowire.bench.Test.Inner
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Inner.prototype.toJSON = function() {
                    return Inner.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Inner
                 * @function getTypeUrl
                 * @memberof protowire.bench.Test.Inner
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Inner.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/protowire.bench.Test.Inner";
                };

                Inner.InnerInner = (function() {

                    /**
                     * Properties of an InnerInner.
                     * @typedef {Object} protowire.bench.Test.Inner.InnerInner.$Properties
                     * @property {Long|null} [long] InnerInner long
                     * @property {protowire.bench.Test.Enum|null} ["enum"] InnerInner enum
                     * @property {number|null} [sint32] InnerInner sint32
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an InnerInner.
                     * @memberof protowire.bench.Test.Inner
                     * @interface IInnerInner
                     * @augments protowire.bench.Test.Inner.InnerInner.$Properties
                     * @deprecated Use protowire.bench.Test.Inner.InnerInner.$Properties instead.
                     */

                    /**
                     * Shape of an InnerInner.
                     * @typedef {protowire.bench.Test.Inner.InnerInner.$Properties} protowire.bench.Test.Inner.InnerInner.$Shape
                     */

                    /**
                     * Constructs a new InnerInner.
                     * @memberof protowire.bench.Test.Inner
                     * @classdesc Represents an InnerInner.
                     * @constructor
                     * @param {protowire.bench.Test.Inner.InnerInner.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const InnerInner = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * InnerInner long.
                     * @member {Long} long
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @instance
                     */
                    InnerInner.prototype.long = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * InnerInner enum.
                     * @member {protowire.bench.Test.Enum} enum
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @instance
                     */
                    InnerInner.prototype["enum"] = 0;

                    /**
                     * InnerInner sint32.
                     * @member {number} sint32
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @instance
                     */
                    InnerInner.prototype.sint32 = 0;

                    /**
                     * Creates a new InnerInner instance using the specified properties.
                     * @function create
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @static
                     * @param {protowire.bench.Test.Inner.InnerInner.$Properties=} [properties] Properties to set
                     * @returns {protowire.bench.Test.Inner.InnerInner} InnerInner instance
                     * @type {{
                     *   (properties: protowire.bench.Test.Inner.InnerInner.$Shape): protowire.bench.Test.Inner.InnerInner & protowire.bench.Test.Inner.InnerInner.$Shape;
                     *   (properties?: protowire.bench.Test.Inner.InnerInner.$Properties): protowire.bench.Test.Inner.InnerInner;
                     * }}
                     */
                    InnerInner.create = function(properties) {
                        return new InnerInner(properties);
                    };

                    /**
                     * Encodes the specified InnerInner message. Does not implicitly {@link protowire.bench.Test.Inner.InnerInner.verify|verify} messages.
                     * @function encode
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @static
                     * @param {protowire.bench.Test.Inner.InnerInner.$Properties} message InnerInner message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    InnerInner.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.long != null && $Object.hasOwnProperty.call(message, "long") && (typeof message.long === "object" ? message.long.low || message.long.high : message.long !== 0))
                            writer.uint32(/* id 1, wireType 0 =*/8).int64(message.long);
                        if (message["enum"] != null && $Object.hasOwnProperty.call(message, "enum") && message["enum"] !== 0)
                            writer.uint32(/* id 2, wireType 0 =*/16).int32(message["enum"]);
                        if (message.sint32 != null && $Object.hasOwnProperty.call(message, "sint32") && message.sint32 !== 0)
                            writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.sint32);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified InnerInner message, length delimited. Does not implicitly {@link protowire.bench.Test.Inner.InnerInner.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @static
                     * @param {protowire.bench.Test.Inner.InnerInner.$Properties} message InnerInner message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    InnerInner.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes an InnerInner message from the specified reader or buffer.
                     * @function decode
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {protowire.bench.Test.Inner.InnerInner & protowire.bench.Test.Inner.InnerInner.$Shape} InnerInner
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    InnerInner.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.protowire.bench.Test.Inner.InnerInner();
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
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.long = value;
                                    else
                                        delete message.long;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message["enum"] = value;
                                    else
                                        delete message["enum"];
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.sint32())
                                        message.sint32 = value;
                                    else
                                        delete message.sint32;
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
                     * Decodes an InnerInner message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {protowire.bench.Test.Inner.InnerInner & protowire.bench.Test.Inner.InnerInner.$Shape} InnerInner
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    InnerInner.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies an InnerInner message.
                     * @function verify
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    InnerInner.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.long != null && $Object.hasOwnProperty.call(message, "long"))
                            if (!$util.isInteger(message.long) && !(message.long && $util.isInteger(message.long.low) && $util.isInteger(message.long.high)))
                                return "long: integer|Long expected";
                        if (message["enum"] != null && $Object.hasOwnProperty.call(message, "enum"))
                            if (typeof message["enum"] !== "number" || (message["enum"] | 0) !== message["enum"])
                                return "enum: enum value expected";
                        if (message.sint32 != null && $Object.hasOwnProperty.call(message, "sint32"))
                            if (!$util.isInteger(message.sint32))
                                return "sint32: integer expected";
                        return null;
                    };

                    /**
                     * Creates an InnerInner message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {protowire.bench.Test.Inner.InnerInner} InnerInner
                     */
                    InnerInner.fromObject = function (object, _depth) {
                        if (object instanceof $root.protowire.bench.Test.Inner.InnerInner)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".protowire.bench.Test.Inner.InnerInner: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.protowire.bench.Test.Inner.InnerInner();
                        if (object.long != null)
                            if (typeof object.long === "object" ? object.long.low || object.long.high : $Number(object.long) !== 0)
                                if ($util.Long)
                                    message.long = $util.Long.fromValue(object.long, false);
                                else if (typeof object.long === "string")
                                    message.long = $parseInt(object.long, 10);
                                else if (typeof object.long === "number")
                                    message.long = object.long;
                                else if (typeof object.long === "object")
                                    message.long = new $util.LongBits(object.long.low >>> 0, object.long.high >>> 0).toNumber();
                        if (object["enum"] !== 0 && (typeof object["enum"] !== "string" || $root.protowire.bench.Test.Enum[object["enum"]] !== 0))
                            switch (object["enum"]) {
                            case "ONE":
                            case 0:
                                message["enum"] = 0;
                                break;
                            case "TWO":
                            case 1:
                                message["enum"] = 1;
                                break;
                            case "THREE":
                            case 2:
                                message["enum"] = 2;
                                break;
                            case "FOUR":
                            case 3:
                                message["enum"] = 3;
                                break;
                            case "FIVE":
                            case 4:
                                message["enum"] = 4;
                                break;
                            default:
                                if (typeof object["enum"] === "number" && (object["enum"] | 0) === object["enum"])
                                    message["enum"] = object["enum"];
                            }
                        if (object.sint32 != null)
                            if ($Number(object.sint32) !== 0)
                                message.sint32 = object.sint32 | 0;
                        return message;
                    };

                    /**
                     * Creates a plain object from an InnerInner message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @static
                     * @param {protowire.bench.Test.Inner.InnerInner} message InnerInner
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    InnerInner.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.long = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.long = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object["enum"] = options.enums === $String ? "ONE" : 0;
                            object.sint32 = 0;
                        }
                        if (message.long != null && $Object.hasOwnProperty.call(message, "long"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.long = typeof message.long === "number" ? $BigInt(message.long) : $util.Long.fromBits(message.long.low >>> 0, message.long.high >>> 0, false).toBigInt();
                            else if (typeof message.long === "number")
                                object.long = options.longs === $String ? $String(message.long) : message.long;
                            else
                                object.long = options.longs === $String ? $util.Long.prototype.toString.call(message.long) : options.longs === $Number ? new $util.LongBits(message.long.low >>> 0, message.long.high >>> 0).toNumber() : message.long;
                        if (message["enum"] != null && $Object.hasOwnProperty.call(message, "enum"))
                            object["enum"] = options.enums === $String ? $root.protowire.bench.Test.Enum[message["enum"]] === $undefined ? message["enum"] : $root.protowire.bench.Test.Enum[message["enum"]] : message["enum"];
                        if (message.sint32 != null && $Object.hasOwnProperty.call(message, "sint32"))
                            object.sint32 = message.sint32;
                        return object;
                    };

                    /**
                     * Converts this InnerInner to JSON.
                     * @function toJSON
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    InnerInner.prototype.toJSON = function() {
                        return InnerInner.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for InnerInner
                     * @function getTypeUrl
                     * @memberof protowire.bench.Test.Inner.InnerInner
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    InnerInner.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/protowire.bench.Test.Inner.InnerInner";
                    };

                    return InnerInner;
                })();

                return Inner;
            })();

            /**
             * Enum enum.
             * @name protowire.bench.Test.Enum
             * @enum {number}
             * @property {number} ONE=0 ONE value
             * @property {number} TWO=1 TWO value
             * @property {number} THREE=2 THREE value
             * @property {number} FOUR=3 FOUR value
             * @property {number} FIVE=4 FIVE value
             */
            Test.Enum = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ONE"] = 0;
                values[valuesById[1] = "TWO"] = 1;
                values[valuesById[2] = "THREE"] = 2;
                values[valuesById[3] = "FOUR"] = 3;
                values[valuesById[4] = "FIVE"] = 4;
                return values;
            })();

            return Test;
        })();

        bench.Outer = (function() {

            /**
             * Properties of an Outer.
             * @typedef {Object} protowire.bench.Outer.$Properties
             * @property {Array.<boolean>|null} [bool] Outer bool
             * @property {number|null} [double] Outer double
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Outer.
             * @memberof protowire.bench
             * @interface IOuter
             * @augments protowire.bench.Outer.$Properties
             * @deprecated Use protowire.bench.Outer.$Properties instead.
             */

            /**
             * Shape of an Outer.
             * @typedef {protowire.bench.Outer.$Properties} protowire.bench.Outer.$Shape
             */

            /**
             * Constructs a new Outer.
             * @memberof protowire.bench
             * @classdesc Represents an Outer.
             * @constructor
             * @param {protowire.bench.Outer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Outer = function (properties) {
                this.bool = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Outer bool.
             * @member {Array.<boolean>} bool
             * @memberof protowire.bench.Outer
             * @instance
             */
            Outer.prototype.bool = $util.emptyArray;

            /**
             * Outer double.
             * @member {number} double
             * @memberof protowire.bench.Outer
             * @instance
             */
            Outer.prototype.double = 0;

            /**
             * Creates a new Outer instance using the specified properties.
             * @function create
             * @memberof protowire.bench.Outer
             * @static
             * @param {protowire.bench.Outer.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.Outer} Outer instance
             * @type {{
             *   (properties: protowire.bench.Outer.$Shape): protowire.bench.Outer & protowire.bench.Outer.$Shape;
             *   (properties?: protowire.bench.Outer.$Properties): protowire.bench.Outer;
             * }}
             */
            Outer.create = function(properties) {
                return new Outer(properties);
            };

            /**
             * Encodes the specified Outer message. Does not implicitly {@link protowire.bench.Outer.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.Outer
             * @static
             * @param {protowire.bench.Outer.$Properties} message Outer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Outer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bool != null && message.bool.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bools(message.bool);
                if (message.double != null && $Object.hasOwnProperty.call(message, "double") && !$Object.is(message.double, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.double);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Outer message, length delimited. Does not implicitly {@link protowire.bench.Outer.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.Outer
             * @static
             * @param {protowire.bench.Outer.$Properties} message Outer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Outer.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Outer message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.Outer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.Outer & protowire.bench.Outer.$Shape} Outer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Outer.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.protowire.bench.Outer();
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
                                if (!(message.bool && message.bool.length))
                                    message.bool = [];
                                reader.bools(message.bool);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.bool && message.bool.length))
                                message.bool = [];
                            message.bool.push(reader.bool());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.double = value;
                            else
                                delete message.double;
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
             * Decodes an Outer message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.Outer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.Outer & protowire.bench.Outer.$Shape} Outer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Outer.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Outer message.
             * @function verify
             * @memberof protowire.bench.Outer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Outer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.bool != null && $Object.hasOwnProperty.call(message, "bool")) {
                    if (!$Array.isArray(message.bool))
                        return "bool: array expected";
                    for (let i = 0; i < message.bool.length; ++i)
                        if (typeof message.bool[i] !== "boolean")
                            return "bool: boolean[] expected";
                }
                if (message.double != null && $Object.hasOwnProperty.call(message, "double"))
                    if (typeof message.double !== "number")
                        return "double: number expected";
                return null;
            };

            /**
             * Creates an Outer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.Outer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.Outer} Outer
             */
            Outer.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.Outer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.Outer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.Outer();
                if (object.bool) {
                    if (!$Array.isArray(object.bool))
                        throw $TypeError(".protowire.bench.Outer.bool: array expected");
                    message.bool = $Array(object.bool.length);
                    for (let i = 0; i < object.bool.length; ++i)
                        message.bool[i] = $Boolean(object.bool[i]);
                }
                if (object.double != null)
                    if (!$Object.is($Number(object.double), 0))
                        message.double = $Number(object.double);
                return message;
            };

            /**
             * Creates a plain object from an Outer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.Outer
             * @static
             * @param {protowire.bench.Outer} message Outer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Outer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.bool = [];
                if (options.defaults)
                    object.double = 0;
                if (message.bool && message.bool.length) {
                    object.bool = $Array(message.bool.length);
                    for (let j = 0; j < message.bool.length; ++j)
                        object.bool[j] = message.bool[j];
                }
                if (message.double != null && $Object.hasOwnProperty.call(message, "double"))
                    object.double = options.json && !$isFinite(message.double) ? $String(message.double) : message.double;
                return object;
            };

            /**
             * Converts this Outer to JSON.
             * @function toJSON
             * @memberof protowire.bench.Outer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Outer.prototype.toJSON = function() {
                return Outer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Outer
             * @function getTypeUrl
             * @memberof protowire.bench.Outer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Outer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.Outer";
            };

            return Outer;
        })();

        bench.Sparse = (function() {

            /**
             * Properties of a Sparse.
             * @typedef {Object} protowire.bench.Sparse.$Properties
             * @property {number|null} [f1] Sparse f1
             * @property {string|null} [f2] Sparse f2
             * @property {boolean|null} [f3] Sparse f3
             * @property {number|null} [f4] Sparse f4
             * @property {Long|null} [f5] Sparse f5
             * @property {number|null} [f6] Sparse f6
             * @property {string|null} [f7] Sparse f7
             * @property {boolean|null} [f8] Sparse f8
             * @property {number|null} [f9] Sparse f9
             * @property {Long|null} [f10] Sparse f10
             * @property {number|null} [f11] Sparse f11
             * @property {string|null} [f12] Sparse f12
             * @property {boolean|null} [f13] Sparse f13
             * @property {number|null} [f14] Sparse f14
             * @property {Long|null} [f15] Sparse f15
             * @property {number|null} [f16] Sparse f16
             * @property {string|null} [f17] Sparse f17
             * @property {boolean|null} [f18] Sparse f18
             * @property {number|null} [f19] Sparse f19
             * @property {Long|null} [f20] Sparse f20
             * @property {number|null} [f21] Sparse f21
             * @property {string|null} [f22] Sparse f22
             * @property {boolean|null} [f23] Sparse f23
             * @property {number|null} [f24] Sparse f24
             * @property {Long|null} [f25] Sparse f25
             * @property {number|null} [f26] Sparse f26
             * @property {string|null} [f27] Sparse f27
             * @property {boolean|null} [f28] Sparse f28
             * @property {number|null} [f29] Sparse f29
             * @property {Long|null} [f30] Sparse f30
             * @property {number|null} [f31] Sparse f31
             * @property {string|null} [f32] Sparse f32
             * @property {boolean|null} [f33] Sparse f33
             * @property {number|null} [f34] Sparse f34
             * @property {Long|null} [f35] Sparse f35
             * @property {number|null} [f36] Sparse f36
             * @property {string|null} [f37] Sparse f37
             * @property {boolean|null} [f38] Sparse f38
             * @property {number|null} [f39] Sparse f39
             * @property {Long|null} [f40] Sparse f40
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sparse.
             * @memberof protowire.bench
             * @interface ISparse
             * @augments protowire.bench.Sparse.$Properties
             * @deprecated Use protowire.bench.Sparse.$Properties instead.
             */

            /**
             * Shape of a Sparse.
             * @typedef {protowire.bench.Sparse.$Properties} protowire.bench.Sparse.$Shape
             */

            /**
             * Constructs a new Sparse.
             * @memberof protowire.bench
             * @classdesc Represents a Sparse.
             * @constructor
             * @param {protowire.bench.Sparse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sparse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Sparse f1.
             * @member {number|null|undefined} f1
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f1 = null;

            /**
             * Sparse f2.
             * @member {string|null|undefined} f2
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f2 = null;

            /**
             * Sparse f3.
             * @member {boolean|null|undefined} f3
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f3 = null;

            /**
             * Sparse f4.
             * @member {number|null|undefined} f4
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f4 = null;

            /**
             * Sparse f5.
             * @member {Long|null|undefined} f5
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f5 = null;

            /**
             * Sparse f6.
             * @member {number|null|undefined} f6
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f6 = null;

            /**
             * Sparse f7.
             * @member {string|null|undefined} f7
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f7 = null;

            /**
             * Sparse f8.
             * @member {boolean|null|undefined} f8
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f8 = null;

            /**
             * Sparse f9.
             * @member {number|null|undefined} f9
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f9 = null;

            /**
             * Sparse f10.
             * @member {Long|null|undefined} f10
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f10 = null;

            /**
             * Sparse f11.
             * @member {number|null|undefined} f11
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f11 = null;

            /**
             * Sparse f12.
             * @member {string|null|undefined} f12
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f12 = null;

            /**
             * Sparse f13.
             * @member {boolean|null|undefined} f13
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f13 = null;

            /**
             * Sparse f14.
             * @member {number|null|undefined} f14
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f14 = null;

            /**
             * Sparse f15.
             * @member {Long|null|undefined} f15
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f15 = null;

            /**
             * Sparse f16.
             * @member {number|null|undefined} f16
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f16 = null;

            /**
             * Sparse f17.
             * @member {string|null|undefined} f17
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f17 = null;

            /**
             * Sparse f18.
             * @member {boolean|null|undefined} f18
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f18 = null;

            /**
             * Sparse f19.
             * @member {number|null|undefined} f19
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f19 = null;

            /**
             * Sparse f20.
             * @member {Long|null|undefined} f20
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f20 = null;

            /**
             * Sparse f21.
             * @member {number|null|undefined} f21
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f21 = null;

            /**
             * Sparse f22.
             * @member {string|null|undefined} f22
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f22 = null;

            /**
             * Sparse f23.
             * @member {boolean|null|undefined} f23
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f23 = null;

            /**
             * Sparse f24.
             * @member {number|null|undefined} f24
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f24 = null;

            /**
             * Sparse f25.
             * @member {Long|null|undefined} f25
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f25 = null;

            /**
             * Sparse f26.
             * @member {number|null|undefined} f26
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f26 = null;

            /**
             * Sparse f27.
             * @member {string|null|undefined} f27
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f27 = null;

            /**
             * Sparse f28.
             * @member {boolean|null|undefined} f28
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f28 = null;

            /**
             * Sparse f29.
             * @member {number|null|undefined} f29
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f29 = null;

            /**
             * Sparse f30.
             * @member {Long|null|undefined} f30
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f30 = null;

            /**
             * Sparse f31.
             * @member {number|null|undefined} f31
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f31 = null;

            /**
             * Sparse f32.
             * @member {string|null|undefined} f32
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f32 = null;

            /**
             * Sparse f33.
             * @member {boolean|null|undefined} f33
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f33 = null;

            /**
             * Sparse f34.
             * @member {number|null|undefined} f34
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f34 = null;

            /**
             * Sparse f35.
             * @member {Long|null|undefined} f35
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f35 = null;

            /**
             * Sparse f36.
             * @member {number|null|undefined} f36
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f36 = null;

            /**
             * Sparse f37.
             * @member {string|null|undefined} f37
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f37 = null;

            /**
             * Sparse f38.
             * @member {boolean|null|undefined} f38
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f38 = null;

            /**
             * Sparse f39.
             * @member {number|null|undefined} f39
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f39 = null;

            /**
             * Sparse f40.
             * @member {Long|null|undefined} f40
             * @memberof protowire.bench.Sparse
             * @instance
             */
            Sparse.prototype.f40 = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f1", {
                get: $util.oneOfGetter($oneOfFields = ["f1"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f2", {
                get: $util.oneOfGetter($oneOfFields = ["f2"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f3", {
                get: $util.oneOfGetter($oneOfFields = ["f3"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f4", {
                get: $util.oneOfGetter($oneOfFields = ["f4"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f5", {
                get: $util.oneOfGetter($oneOfFields = ["f5"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f6", {
                get: $util.oneOfGetter($oneOfFields = ["f6"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f7", {
                get: $util.oneOfGetter($oneOfFields = ["f7"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f8", {
                get: $util.oneOfGetter($oneOfFields = ["f8"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f9", {
                get: $util.oneOfGetter($oneOfFields = ["f9"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f10", {
                get: $util.oneOfGetter($oneOfFields = ["f10"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f11", {
                get: $util.oneOfGetter($oneOfFields = ["f11"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f12", {
                get: $util.oneOfGetter($oneOfFields = ["f12"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f13", {
                get: $util.oneOfGetter($oneOfFields = ["f13"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f14", {
                get: $util.oneOfGetter($oneOfFields = ["f14"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f15", {
                get: $util.oneOfGetter($oneOfFields = ["f15"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f16", {
                get: $util.oneOfGetter($oneOfFields = ["f16"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f17", {
                get: $util.oneOfGetter($oneOfFields = ["f17"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f18", {
                get: $util.oneOfGetter($oneOfFields = ["f18"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f19", {
                get: $util.oneOfGetter($oneOfFields = ["f19"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f20", {
                get: $util.oneOfGetter($oneOfFields = ["f20"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f21", {
                get: $util.oneOfGetter($oneOfFields = ["f21"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f22", {
                get: $util.oneOfGetter($oneOfFields = ["f22"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f23", {
                get: $util.oneOfGetter($oneOfFields = ["f23"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f24", {
                get: $util.oneOfGetter($oneOfFields = ["f24"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f25", {
                get: $util.oneOfGetter($oneOfFields = ["f25"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f26", {
                get: $util.oneOfGetter($oneOfFields = ["f26"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f27", {
                get: $util.oneOfGetter($oneOfFields = ["f27"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f28", {
                get: $util.oneOfGetter($oneOfFields = ["f28"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f29", {
                get: $util.oneOfGetter($oneOfFields = ["f29"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f30", {
                get: $util.oneOfGetter($oneOfFields = ["f30"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f31", {
                get: $util.oneOfGetter($oneOfFields = ["f31"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f32", {
                get: $util.oneOfGetter($oneOfFields = ["f32"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f33", {
                get: $util.oneOfGetter($oneOfFields = ["f33"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f34", {
                get: $util.oneOfGetter($oneOfFields = ["f34"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f35", {
                get: $util.oneOfGetter($oneOfFields = ["f35"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f36", {
                get: $util.oneOfGetter($oneOfFields = ["f36"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f37", {
                get: $util.oneOfGetter($oneOfFields = ["f37"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f38", {
                get: $util.oneOfGetter($oneOfFields = ["f38"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f39", {
                get: $util.oneOfGetter($oneOfFields = ["f39"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sparse.prototype, "_f40", {
                get: $util.oneOfGetter($oneOfFields = ["f40"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Sparse instance using the specified properties.
             * @function create
             * @memberof protowire.bench.Sparse
             * @static
             * @param {protowire.bench.Sparse.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.Sparse} Sparse instance
             * @type {{
             *   (properties: protowire.bench.Sparse.$Shape): protowire.bench.Sparse & protowire.bench.Sparse.$Shape;
             *   (properties?: protowire.bench.Sparse.$Properties): protowire.bench.Sparse;
             * }}
             */
            Sparse.create = function(properties) {
                return new Sparse(properties);
            };

            /**
             * Encodes the specified Sparse message. Does not implicitly {@link protowire.bench.Sparse.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.Sparse
             * @static
             * @param {protowire.bench.Sparse.$Properties} message Sparse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sparse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.f1 != null && $Object.hasOwnProperty.call(message, "f1"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.f1);
                if (message.f2 != null && $Object.hasOwnProperty.call(message, "f2"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.f2);
                if (message.f3 != null && $Object.hasOwnProperty.call(message, "f3"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.f3);
                if (message.f4 != null && $Object.hasOwnProperty.call(message, "f4"))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.f4);
                if (message.f5 != null && $Object.hasOwnProperty.call(message, "f5"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.f5);
                if (message.f6 != null && $Object.hasOwnProperty.call(message, "f6"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.f6);
                if (message.f7 != null && $Object.hasOwnProperty.call(message, "f7"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.f7);
                if (message.f8 != null && $Object.hasOwnProperty.call(message, "f8"))
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.f8);
                if (message.f9 != null && $Object.hasOwnProperty.call(message, "f9"))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.f9);
                if (message.f10 != null && $Object.hasOwnProperty.call(message, "f10"))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.f10);
                if (message.f11 != null && $Object.hasOwnProperty.call(message, "f11"))
                    writer.uint32(/* id 11, wireType 0 =*/88).int32(message.f11);
                if (message.f12 != null && $Object.hasOwnProperty.call(message, "f12"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.f12);
                if (message.f13 != null && $Object.hasOwnProperty.call(message, "f13"))
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.f13);
                if (message.f14 != null && $Object.hasOwnProperty.call(message, "f14"))
                    writer.uint32(/* id 14, wireType 1 =*/113).double(message.f14);
                if (message.f15 != null && $Object.hasOwnProperty.call(message, "f15"))
                    writer.uint32(/* id 15, wireType 0 =*/120).int64(message.f15);
                if (message.f16 != null && $Object.hasOwnProperty.call(message, "f16"))
                    writer.uint32(/* id 16, wireType 0 =*/128).int32(message.f16);
                if (message.f17 != null && $Object.hasOwnProperty.call(message, "f17"))
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.f17);
                if (message.f18 != null && $Object.hasOwnProperty.call(message, "f18"))
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.f18);
                if (message.f19 != null && $Object.hasOwnProperty.call(message, "f19"))
                    writer.uint32(/* id 19, wireType 1 =*/153).double(message.f19);
                if (message.f20 != null && $Object.hasOwnProperty.call(message, "f20"))
                    writer.uint32(/* id 20, wireType 0 =*/160).int64(message.f20);
                if (message.f21 != null && $Object.hasOwnProperty.call(message, "f21"))
                    writer.uint32(/* id 21, wireType 0 =*/168).int32(message.f21);
                if (message.f22 != null && $Object.hasOwnProperty.call(message, "f22"))
                    writer.uint32(/* id 22, wireType 2 =*/178).string(message.f22);
                if (message.f23 != null && $Object.hasOwnProperty.call(message, "f23"))
                    writer.uint32(/* id 23, wireType 0 =*/184).bool(message.f23);
                if (message.f24 != null && $Object.hasOwnProperty.call(message, "f24"))
                    writer.uint32(/* id 24, wireType 1 =*/193).double(message.f24);
                if (message.f25 != null && $Object.hasOwnProperty.call(message, "f25"))
                    writer.uint32(/* id 25, wireType 0 =*/200).int64(message.f25);
                if (message.f26 != null && $Object.hasOwnProperty.call(message, "f26"))
                    writer.uint32(/* id 26, wireType 0 =*/208).int32(message.f26);
                if (message.f27 != null && $Object.hasOwnProperty.call(message, "f27"))
                    writer.uint32(/* id 27, wireType 2 =*/218).string(message.f27);
                if (message.f28 != null && $Object.hasOwnProperty.call(message, "f28"))
                    writer.uint32(/* id 28, wireType 0 =*/224).bool(message.f28);
                if (message.f29 != null && $Object.hasOwnProperty.call(message, "f29"))
                    writer.uint32(/* id 29, wireType 1 =*/233).double(message.f29);
                if (message.f30 != null && $Object.hasOwnProperty.call(message, "f30"))
                    writer.uint32(/* id 30, wireType 0 =*/240).int64(message.f30);
                if (message.f31 != null && $Object.hasOwnProperty.call(message, "f31"))
                    writer.uint32(/* id 31, wireType 0 =*/248).int32(message.f31);
                if (message.f32 != null && $Object.hasOwnProperty.call(message, "f32"))
                    writer.uint32(/* id 32, wireType 2 =*/258).string(message.f32);
                if (message.f33 != null && $Object.hasOwnProperty.call(message, "f33"))
                    writer.uint32(/* id 33, wireType 0 =*/264).bool(message.f33);
                if (message.f34 != null && $Object.hasOwnProperty.call(message, "f34"))
                    writer.uint32(/* id 34, wireType 1 =*/273).double(message.f34);
                if (message.f35 != null && $Object.hasOwnProperty.call(message, "f35"))
                    writer.uint32(/* id 35, wireType 0 =*/280).int64(message.f35);
                if (message.f36 != null && $Object.hasOwnProperty.call(message, "f36"))
                    writer.uint32(/* id 36, wireType 0 =*/288).int32(message.f36);
                if (message.f37 != null && $Object.hasOwnProperty.call(message, "f37"))
                    writer.uint32(/* id 37, wireType 2 =*/298).string(message.f37);
                if (message.f38 != null && $Object.hasOwnProperty.call(message, "f38"))
                    writer.uint32(/* id 38, wireType 0 =*/304).bool(message.f38);
                if (message.f39 != null && $Object.hasOwnProperty.call(message, "f39"))
                    writer.uint32(/* id 39, wireType 1 =*/313).double(message.f39);
                if (message.f40 != null && $Object.hasOwnProperty.call(message, "f40"))
                    writer.uint32(/* id 40, wireType 0 =*/320).int64(message.f40);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Sparse message, length delimited. Does not implicitly {@link protowire.bench.Sparse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.Sparse
             * @static
             * @param {protowire.bench.Sparse.$Properties} message Sparse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sparse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Sparse message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.Sparse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.Sparse & protowire.bench.Sparse.$Shape} Sparse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sparse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.protowire.bench.Sparse();
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
                            message.f1 = reader.int32();
                            message._f1 = "f1";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.f2 = reader.stringVerify();
                            message._f2 = "f2";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.f3 = reader.bool();
                            message._f3 = "f3";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.f4 = reader.double();
                            message._f4 = "f4";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.f5 = reader.int64();
                            message._f5 = "f5";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.f6 = reader.int32();
                            message._f6 = "f6";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.f7 = reader.stringVerify();
                            message._f7 = "f7";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.f8 = reader.bool();
                            message._f8 = "f8";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            message.f9 = reader.double();
                            message._f9 = "f9";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            message.f10 = reader.int64();
                            message._f10 = "f10";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            message.f11 = reader.int32();
                            message._f11 = "f11";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.f12 = reader.stringVerify();
                            message._f12 = "f12";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            message.f13 = reader.bool();
                            message._f13 = "f13";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 1)
                                break;
                            message.f14 = reader.double();
                            message._f14 = "f14";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            message.f15 = reader.int64();
                            message._f15 = "f15";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            message.f16 = reader.int32();
                            message._f16 = "f16";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.f17 = reader.stringVerify();
                            message._f17 = "f17";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            message.f18 = reader.bool();
                            message._f18 = "f18";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 1)
                                break;
                            message.f19 = reader.double();
                            message._f19 = "f19";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            message.f20 = reader.int64();
                            message._f20 = "f20";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            message.f21 = reader.int32();
                            message._f21 = "f21";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.f22 = reader.stringVerify();
                            message._f22 = "f22";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            message.f23 = reader.bool();
                            message._f23 = "f23";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 1)
                                break;
                            message.f24 = reader.double();
                            message._f24 = "f24";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            message.f25 = reader.int64();
                            message._f25 = "f25";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 0)
                                break;
                            message.f26 = reader.int32();
                            message._f26 = "f26";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.f27 = reader.stringVerify();
                            message._f27 = "f27";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 0)
                                break;
                            message.f28 = reader.bool();
                            message._f28 = "f28";
                            continue;
                        }
                    case 29: {
                            if (wireType !== 1)
                                break;
                            message.f29 = reader.double();
                            message._f29 = "f29";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            message.f30 = reader.int64();
                            message._f30 = "f30";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 0)
                                break;
                            message.f31 = reader.int32();
                            message._f31 = "f31";
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.f32 = reader.stringVerify();
                            message._f32 = "f32";
                            continue;
                        }
                    case 33: {
                            if (wireType !== 0)
                                break;
                            message.f33 = reader.bool();
                            message._f33 = "f33";
                            continue;
                        }
                    case 34: {
                            if (wireType !== 1)
                                break;
                            message.f34 = reader.double();
                            message._f34 = "f34";
                            continue;
                        }
                    case 35: {
                            if (wireType !== 0)
                                break;
                            message.f35 = reader.int64();
                            message._f35 = "f35";
                            continue;
                        }
                    case 36: {
                            if (wireType !== 0)
                                break;
                            message.f36 = reader.int32();
                            message._f36 = "f36";
                            continue;
                        }
                    case 37: {
                            if (wireType !== 2)
                                break;
                            message.f37 = reader.stringVerify();
                            message._f37 = "f37";
                            continue;
                        }
                    case 38: {
                            if (wireType !== 0)
                                break;
                            message.f38 = reader.bool();
                            message._f38 = "f38";
                            continue;
                        }
                    case 39: {
                            if (wireType !== 1)
                                break;
                            message.f39 = reader.double();
                            message._f39 = "f39";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 0)
                                break;
                            message.f40 = reader.int64();
                            message._f40 = "f40";
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
             * Decodes a Sparse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.Sparse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.Sparse & protowire.bench.Sparse.$Shape} Sparse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sparse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Sparse message.
             * @function verify
             * @memberof protowire.bench.Sparse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Sparse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.f1 != null && $Object.hasOwnProperty.call(message, "f1")) {
                    properties._f1 = 1;
                    if (!$util.isInteger(message.f1))
                        return "f1: integer expected";
                }
                if (message.f2 != null && $Object.hasOwnProperty.call(message, "f2")) {
                    properties._f2 = 1;
                    if (!$util.isString(message.f2))
                        return "f2: string expected";
                }
                if (message.f3 != null && $Object.hasOwnProperty.call(message, "f3")) {
                    properties._f3 = 1;
                    if (typeof message.f3 !== "boolean")
                        return "f3: boolean expected";
                }
                if (message.f4 != null && $Object.hasOwnProperty.call(message, "f4")) {
                    properties._f4 = 1;
                    if (typeof message.f4 !== "number")
                        return "f4: number expected";
                }
                if (message.f5 != null && $Object.hasOwnProperty.call(message, "f5")) {
                    properties._f5 = 1;
                    if (!$util.isInteger(message.f5) && !(message.f5 && $util.isInteger(message.f5.low) && $util.isInteger(message.f5.high)))
                        return "f5: integer|Long expected";
                }
                if (message.f6 != null && $Object.hasOwnProperty.call(message, "f6")) {
                    properties._f6 = 1;
                    if (!$util.isInteger(message.f6))
                        return "f6: integer expected";
                }
                if (message.f7 != null && $Object.hasOwnProperty.call(message, "f7")) {
                    properties._f7 = 1;
                    if (!$util.isString(message.f7))
                        return "f7: string expected";
                }
                if (message.f8 != null && $Object.hasOwnProperty.call(message, "f8")) {
                    properties._f8 = 1;
                    if (typeof message.f8 !== "boolean")
                        return "f8: boolean expected";
                }
                if (message.f9 != null && $Object.hasOwnProperty.call(message, "f9")) {
                    properties._f9 = 1;
                    if (typeof message.f9 !== "number")
                        return "f9: number expected";
                }
                if (message.f10 != null && $Object.hasOwnProperty.call(message, "f10")) {
                    properties._f10 = 1;
                    if (!$util.isInteger(message.f10) && !(message.f10 && $util.isInteger(message.f10.low) && $util.isInteger(message.f10.high)))
                        return "f10: integer|Long expected";
                }
                if (message.f11 != null && $Object.hasOwnProperty.call(message, "f11")) {
                    properties._f11 = 1;
                    if (!$util.isInteger(message.f11))
                        return "f11: integer expected";
                }
                if (message.f12 != null && $Object.hasOwnProperty.call(message, "f12")) {
                    properties._f12 = 1;
                    if (!$util.isString(message.f12))
                        return "f12: string expected";
                }
                if (message.f13 != null && $Object.hasOwnProperty.call(message, "f13")) {
                    properties._f13 = 1;
                    if (typeof message.f13 !== "boolean")
                        return "f13: boolean expected";
                }
                if (message.f14 != null && $Object.hasOwnProperty.call(message, "f14")) {
                    properties._f14 = 1;
                    if (typeof message.f14 !== "number")
                        return "f14: number expected";
                }
                if (message.f15 != null && $Object.hasOwnProperty.call(message, "f15")) {
                    properties._f15 = 1;
                    if (!$util.isInteger(message.f15) && !(message.f15 && $util.isInteger(message.f15.low) && $util.isInteger(message.f15.high)))
                        return "f15: integer|Long expected";
                }
                if (message.f16 != null && $Object.hasOwnProperty.call(message, "f16")) {
                    properties._f16 = 1;
                    if (!$util.isInteger(message.f16))
                        return "f16: integer expected";
                }
                if (message.f17 != null && $Object.hasOwnProperty.call(message, "f17")) {
                    properties._f17 = 1;
                    if (!$util.isString(message.f17))
                        return "f17: string expected";
                }
                if (message.f18 != null && $Object.hasOwnProperty.call(message, "f18")) {
                    properties._f18 = 1;
                    if (typeof message.f18 !== "boolean")
                        return "f18: boolean expected";
                }
                if (message.f19 != null && $Object.hasOwnProperty.call(message, "f19")) {
                    properties._f19 = 1;
                    if (typeof message.f19 !== "number")
                        return "f19: number expected";
                }
                if (message.f20 != null && $Object.hasOwnProperty.call(message, "f20")) {
                    properties._f20 = 1;
                    if (!$util.isInteger(message.f20) && !(message.f20 && $util.isInteger(message.f20.low) && $util.isInteger(message.f20.high)))
                        return "f20: integer|Long expected";
                }
                if (message.f21 != null && $Object.hasOwnProperty.call(message, "f21")) {
                    properties._f21 = 1;
                    if (!$util.isInteger(message.f21))
                        return "f21: integer expected";
                }
                if (message.f22 != null && $Object.hasOwnProperty.call(message, "f22")) {
                    properties._f22 = 1;
                    if (!$util.isString(message.f22))
                        return "f22: string expected";
                }
                if (message.f23 != null && $Object.hasOwnProperty.call(message, "f23")) {
                    properties._f23 = 1;
                    if (typeof message.f23 !== "boolean")
                        return "f23: boolean expected";
                }
                if (message.f24 != null && $Object.hasOwnProperty.call(message, "f24")) {
                    properties._f24 = 1;
                    if (typeof message.f24 !== "number")
                        return "f24: number expected";
                }
                if (message.f25 != null && $Object.hasOwnProperty.call(message, "f25")) {
                    properties._f25 = 1;
                    if (!$util.isInteger(message.f25) && !(message.f25 && $util.isInteger(message.f25.low) && $util.isInteger(message.f25.high)))
                        return "f25: integer|Long expected";
                }
                if (message.f26 != null && $Object.hasOwnProperty.call(message, "f26")) {
                    properties._f26 = 1;
                    if (!$util.isInteger(message.f26))
                        return "f26: integer expected";
                }
                if (message.f27 != null && $Object.hasOwnProperty.call(message, "f27")) {
                    properties._f27 = 1;
                    if (!$util.isString(message.f27))
                        return "f27: string expected";
                }
                if (message.f28 != null && $Object.hasOwnProperty.call(message, "f28")) {
                    properties._f28 = 1;
                    if (typeof message.f28 !== "boolean")
                        return "f28: boolean expected";
                }
                if (message.f29 != null && $Object.hasOwnProperty.call(message, "f29")) {
                    properties._f29 = 1;
                    if (typeof message.f29 !== "number")
                        return "f29: number expected";
                }
                if (message.f30 != null && $Object.hasOwnProperty.call(message, "f30")) {
                    properties._f30 = 1;
                    if (!$util.isInteger(message.f30) && !(message.f30 && $util.isInteger(message.f30.low) && $util.isInteger(message.f30.high)))
                        return "f30: integer|Long expected";
                }
                if (message.f31 != null && $Object.hasOwnProperty.call(message, "f31")) {
                    properties._f31 = 1;
                    if (!$util.isInteger(message.f31))
                        return "f31: integer expected";
                }
                if (message.f32 != null && $Object.hasOwnProperty.call(message, "f32")) {
                    properties._f32 = 1;
                    if (!$util.isString(message.f32))
                        return "f32: string expected";
                }
                if (message.f33 != null && $Object.hasOwnProperty.call(message, "f33")) {
                    properties._f33 = 1;
                    if (typeof message.f33 !== "boolean")
                        return "f33: boolean expected";
                }
                if (message.f34 != null && $Object.hasOwnProperty.call(message, "f34")) {
                    properties._f34 = 1;
                    if (typeof message.f34 !== "number")
                        return "f34: number expected";
                }
                if (message.f35 != null && $Object.hasOwnProperty.call(message, "f35")) {
                    properties._f35 = 1;
                    if (!$util.isInteger(message.f35) && !(message.f35 && $util.isInteger(message.f35.low) && $util.isInteger(message.f35.high)))
                        return "f35: integer|Long expected";
                }
                if (message.f36 != null && $Object.hasOwnProperty.call(message, "f36")) {
                    properties._f36 = 1;
                    if (!$util.isInteger(message.f36))
                        return "f36: integer expected";
                }
                if (message.f37 != null && $Object.hasOwnProperty.call(message, "f37")) {
                    properties._f37 = 1;
                    if (!$util.isString(message.f37))
                        return "f37: string expected";
                }
                if (message.f38 != null && $Object.hasOwnProperty.call(message, "f38")) {
                    properties._f38 = 1;
                    if (typeof message.f38 !== "boolean")
                        return "f38: boolean expected";
                }
                if (message.f39 != null && $Object.hasOwnProperty.call(message, "f39")) {
                    properties._f39 = 1;
                    if (typeof message.f39 !== "number")
                        return "f39: number expected";
                }
                if (message.f40 != null && $Object.hasOwnProperty.call(message, "f40")) {
                    properties._f40 = 1;
                    if (!$util.isInteger(message.f40) && !(message.f40 && $util.isInteger(message.f40.low) && $util.isInteger(message.f40.high)))
                        return "f40: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Sparse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.Sparse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.Sparse} Sparse
             */
            Sparse.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.Sparse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.Sparse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.Sparse();
                if (object.f1 != null)
                    message.f1 = object.f1 | 0;
                if (object.f2 != null)
                    message.f2 = $String(object.f2);
                if (object.f3 != null)
                    message.f3 = $Boolean(object.f3);
                if (object.f4 != null)
                    message.f4 = $Number(object.f4);
                if (object.f5 != null)
                    if ($util.Long)
                        message.f5 = $util.Long.fromValue(object.f5, false);
                    else if (typeof object.f5 === "string")
                        message.f5 = $parseInt(object.f5, 10);
                    else if (typeof object.f5 === "number")
                        message.f5 = object.f5;
                    else if (typeof object.f5 === "object")
                        message.f5 = new $util.LongBits(object.f5.low >>> 0, object.f5.high >>> 0).toNumber();
                if (object.f6 != null)
                    message.f6 = object.f6 | 0;
                if (object.f7 != null)
                    message.f7 = $String(object.f7);
                if (object.f8 != null)
                    message.f8 = $Boolean(object.f8);
                if (object.f9 != null)
                    message.f9 = $Number(object.f9);
                if (object.f10 != null)
                    if ($util.Long)
                        message.f10 = $util.Long.fromValue(object.f10, false);
                    else if (typeof object.f10 === "string")
                        message.f10 = $parseInt(object.f10, 10);
                    else if (typeof object.f10 === "number")
                        message.f10 = object.f10;
                    else if (typeof object.f10 === "object")
                        message.f10 = new $util.LongBits(object.f10.low >>> 0, object.f10.high >>> 0).toNumber();
                if (object.f11 != null)
                    message.f11 = object.f11 | 0;
                if (object.f12 != null)
                    message.f12 = $String(object.f12);
                if (object.f13 != null)
                    message.f13 = $Boolean(object.f13);
                if (object.f14 != null)
                    message.f14 = $Number(object.f14);
                if (object.f15 != null)
                    if ($util.Long)
                        message.f15 = $util.Long.fromValue(object.f15, false);
                    else if (typeof object.f15 === "string")
                        message.f15 = $parseInt(object.f15, 10);
                    else if (typeof object.f15 === "number")
                        message.f15 = object.f15;
                    else if (typeof object.f15 === "object")
                        message.f15 = new $util.LongBits(object.f15.low >>> 0, object.f15.high >>> 0).toNumber();
                if (object.f16 != null)
                    message.f16 = object.f16 | 0;
                if (object.f17 != null)
                    message.f17 = $String(object.f17);
                if (object.f18 != null)
                    message.f18 = $Boolean(object.f18);
                if (object.f19 != null)
                    message.f19 = $Number(object.f19);
                if (object.f20 != null)
                    if ($util.Long)
                        message.f20 = $util.Long.fromValue(object.f20, false);
                    else if (typeof object.f20 === "string")
                        message.f20 = $parseInt(object.f20, 10);
                    else if (typeof object.f20 === "number")
                        message.f20 = object.f20;
                    else if (typeof object.f20 === "object")
                        message.f20 = new $util.LongBits(object.f20.low >>> 0, object.f20.high >>> 0).toNumber();
                if (object.f21 != null)
                    message.f21 = object.f21 | 0;
                if (object.f22 != null)
                    message.f22 = $String(object.f22);
                if (object.f23 != null)
                    message.f23 = $Boolean(object.f23);
                if (object.f24 != null)
                    message.f24 = $Number(object.f24);
                if (object.f25 != null)
                    if ($util.Long)
                        message.f25 = $util.Long.fromValue(object.f25, false);
                    else if (typeof object.f25 === "string")
                        message.f25 = $parseInt(object.f25, 10);
                    else if (typeof object.f25 === "number")
                        message.f25 = object.f25;
                    else if (typeof object.f25 === "object")
                        message.f25 = new $util.LongBits(object.f25.low >>> 0, object.f25.high >>> 0).toNumber();
                if (object.f26 != null)
                    message.f26 = object.f26 | 0;
                if (object.f27 != null)
                    message.f27 = $String(object.f27);
                if (object.f28 != null)
                    message.f28 = $Boolean(object.f28);
                if (object.f29 != null)
                    message.f29 = $Number(object.f29);
                if (object.f30 != null)
                    if ($util.Long)
                        message.f30 = $util.Long.fromValue(object.f30, false);
                    else if (typeof object.f30 === "string")
                        message.f30 = $parseInt(object.f30, 10);
                    else if (typeof object.f30 === "number")
                        message.f30 = object.f30;
                    else if (typeof object.f30 === "object")
                        message.f30 = new $util.LongBits(object.f30.low >>> 0, object.f30.high >>> 0).toNumber();
                if (object.f31 != null)
                    message.f31 = object.f31 | 0;
                if (object.f32 != null)
                    message.f32 = $String(object.f32);
                if (object.f33 != null)
                    message.f33 = $Boolean(object.f33);
                if (object.f34 != null)
                    message.f34 = $Number(object.f34);
                if (object.f35 != null)
                    if ($util.Long)
                        message.f35 = $util.Long.fromValue(object.f35, false);
                    else if (typeof object.f35 === "string")
                        message.f35 = $parseInt(object.f35, 10);
                    else if (typeof object.f35 === "number")
                        message.f35 = object.f35;
                    else if (typeof object.f35 === "object")
                        message.f35 = new $util.LongBits(object.f35.low >>> 0, object.f35.high >>> 0).toNumber();
                if (object.f36 != null)
                    message.f36 = object.f36 | 0;
                if (object.f37 != null)
                    message.f37 = $String(object.f37);
                if (object.f38 != null)
                    message.f38 = $Boolean(object.f38);
                if (object.f39 != null)
                    message.f39 = $Number(object.f39);
                if (object.f40 != null)
                    if ($util.Long)
                        message.f40 = $util.Long.fromValue(object.f40, false);
                    else if (typeof object.f40 === "string")
                        message.f40 = $parseInt(object.f40, 10);
                    else if (typeof object.f40 === "number")
                        message.f40 = object.f40;
                    else if (typeof object.f40 === "object")
                        message.f40 = new $util.LongBits(object.f40.low >>> 0, object.f40.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Sparse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.Sparse
             * @static
             * @param {protowire.bench.Sparse} message Sparse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Sparse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.f1 != null && $Object.hasOwnProperty.call(message, "f1"))
                    object.f1 = message.f1;
                if (message.f2 != null && $Object.hasOwnProperty.call(message, "f2"))
                    object.f2 = message.f2;
                if (message.f3 != null && $Object.hasOwnProperty.call(message, "f3"))
                    object.f3 = message.f3;
                if (message.f4 != null && $Object.hasOwnProperty.call(message, "f4"))
                    object.f4 = options.json && !$isFinite(message.f4) ? $String(message.f4) : message.f4;
                if (message.f5 != null && $Object.hasOwnProperty.call(message, "f5"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.f5 = typeof message.f5 === "number" ? $BigInt(message.f5) : $util.Long.fromBits(message.f5.low >>> 0, message.f5.high >>> 0, false).toBigInt();
                    else if (typeof message.f5 === "number")
                        object.f5 = options.longs === $String ? $String(message.f5) : message.f5;
                    else
                        object.f5 = options.longs === $String ? $util.Long.prototype.toString.call(message.f5) : options.longs === $Number ? new $util.LongBits(message.f5.low >>> 0, message.f5.high >>> 0).toNumber() : message.f5;
                if (message.f6 != null && $Object.hasOwnProperty.call(message, "f6"))
                    object.f6 = message.f6;
                if (message.f7 != null && $Object.hasOwnProperty.call(message, "f7"))
                    object.f7 = message.f7;
                if (message.f8 != null && $Object.hasOwnProperty.call(message, "f8"))
                    object.f8 = message.f8;
                if (message.f9 != null && $Object.hasOwnProperty.call(message, "f9"))
                    object.f9 = options.json && !$isFinite(message.f9) ? $String(message.f9) : message.f9;
                if (message.f10 != null && $Object.hasOwnProperty.call(message, "f10"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.f10 = typeof message.f10 === "number" ? $BigInt(message.f10) : $util.Long.fromBits(message.f10.low >>> 0, message.f10.high >>> 0, false).toBigInt();
                    else if (typeof message.f10 === "number")
                        object.f10 = options.longs === $String ? $String(message.f10) : message.f10;
                    else
                        object.f10 = options.longs === $String ? $util.Long.prototype.toString.call(message.f10) : options.longs === $Number ? new $util.LongBits(message.f10.low >>> 0, message.f10.high >>> 0).toNumber() : message.f10;
                if (message.f11 != null && $Object.hasOwnProperty.call(message, "f11"))
                    object.f11 = message.f11;
                if (message.f12 != null && $Object.hasOwnProperty.call(message, "f12"))
                    object.f12 = message.f12;
                if (message.f13 != null && $Object.hasOwnProperty.call(message, "f13"))
                    object.f13 = message.f13;
                if (message.f14 != null && $Object.hasOwnProperty.call(message, "f14"))
                    object.f14 = options.json && !$isFinite(message.f14) ? $String(message.f14) : message.f14;
                if (message.f15 != null && $Object.hasOwnProperty.call(message, "f15"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.f15 = typeof message.f15 === "number" ? $BigInt(message.f15) : $util.Long.fromBits(message.f15.low >>> 0, message.f15.high >>> 0, false).toBigInt();
                    else if (typeof message.f15 === "number")
                        object.f15 = options.longs === $String ? $String(message.f15) : message.f15;
                    else
                        object.f15 = options.longs === $String ? $util.Long.prototype.toString.call(message.f15) : options.longs === $Number ? new $util.LongBits(message.f15.low >>> 0, message.f15.high >>> 0).toNumber() : message.f15;
                if (message.f16 != null && $Object.hasOwnProperty.call(message, "f16"))
                    object.f16 = message.f16;
                if (message.f17 != null && $Object.hasOwnProperty.call(message, "f17"))
                    object.f17 = message.f17;
                if (message.f18 != null && $Object.hasOwnProperty.call(message, "f18"))
                    object.f18 = message.f18;
                if (message.f19 != null && $Object.hasOwnProperty.call(message, "f19"))
                    object.f19 = options.json && !$isFinite(message.f19) ? $String(message.f19) : message.f19;
                if (message.f20 != null && $Object.hasOwnProperty.call(message, "f20"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.f20 = typeof message.f20 === "number" ? $BigInt(message.f20) : $util.Long.fromBits(message.f20.low >>> 0, message.f20.high >>> 0, false).toBigInt();
                    else if (typeof message.f20 === "number")
                        object.f20 = options.longs === $String ? $String(message.f20) : message.f20;
                    else
                        object.f20 = options.longs === $String ? $util.Long.prototype.toString.call(message.f20) : options.longs === $Number ? new $util.LongBits(message.f20.low >>> 0, message.f20.high >>> 0).toNumber() : message.f20;
                if (message.f21 != null && $Object.hasOwnProperty.call(message, "f21"))
                    object.f21 = message.f21;
                if (message.f22 != null && $Object.hasOwnProperty.call(message, "f22"))
                    object.f22 = message.f22;
                if (message.f23 != null && $Object.hasOwnProperty.call(message, "f23"))
                    object.f23 = message.f23;
                if (message.f24 != null && $Object.hasOwnProperty.call(message, "f24"))
                    object.f24 = options.json && !$isFinite(message.f24) ? $String(message.f24) : message.f24;
                if (message.f25 != null && $Object.hasOwnProperty.call(message, "f25"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.f25 = typeof message.f25 === "number" ? $BigInt(message.f25) : $util.Long.fromBits(message.f25.low >>> 0, message.f25.high >>> 0, false).toBigInt();
                    else if (typeof message.f25 === "number")
                        object.f25 = options.longs === $String ? $String(message.f25) : message.f25;
                    else
                        object.f25 = options.longs === $String ? $util.Long.prototype.toString.call(message.f25) : options.longs === $Number ? new $util.LongBits(message.f25.low >>> 0, message.f25.high >>> 0).toNumber() : message.f25;
                if (message.f26 != null && $Object.hasOwnProperty.call(message, "f26"))
                    object.f26 = message.f26;
                if (message.f27 != null && $Object.hasOwnProperty.call(message, "f27"))
                    object.f27 = message.f27;
                if (message.f28 != null && $Object.hasOwnProperty.call(message, "f28"))
                    object.f28 = message.f28;
                if (message.f29 != null && $Object.hasOwnProperty.call(message, "f29"))
                    object.f29 = options.json && !$isFinite(message.f29) ? $String(message.f29) : message.f29;
                if (message.f30 != null && $Object.hasOwnProperty.call(message, "f30"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.f30 = typeof message.f30 === "number" ? $BigInt(message.f30) : $util.Long.fromBits(message.f30.low >>> 0, message.f30.high >>> 0, false).toBigInt();
                    else if (typeof message.f30 === "number")
                        object.f30 = options.longs === $String ? $String(message.f30) : message.f30;
                    else
                        object.f30 = options.longs === $String ? $util.Long.prototype.toString.call(message.f30) : options.longs === $Number ? new $util.LongBits(message.f30.low >>> 0, message.f30.high >>> 0).toNumber() : message.f30;
                if (message.f31 != null && $Object.hasOwnProperty.call(message, "f31"))
                    object.f31 = message.f31;
                if (message.f32 != null && $Object.hasOwnProperty.call(message, "f32"))
                    object.f32 = message.f32;
                if (message.f33 != null && $Object.hasOwnProperty.call(message, "f33"))
                    object.f33 = message.f33;
                if (message.f34 != null && $Object.hasOwnProperty.call(message, "f34"))
                    object.f34 = options.json && !$isFinite(message.f34) ? $String(message.f34) : message.f34;
                if (message.f35 != null && $Object.hasOwnProperty.call(message, "f35"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.f35 = typeof message.f35 === "number" ? $BigInt(message.f35) : $util.Long.fromBits(message.f35.low >>> 0, message.f35.high >>> 0, false).toBigInt();
                    else if (typeof message.f35 === "number")
                        object.f35 = options.longs === $String ? $String(message.f35) : message.f35;
                    else
                        object.f35 = options.longs === $String ? $util.Long.prototype.toString.call(message.f35) : options.longs === $Number ? new $util.LongBits(message.f35.low >>> 0, message.f35.high >>> 0).toNumber() : message.f35;
                if (message.f36 != null && $Object.hasOwnProperty.call(message, "f36"))
                    object.f36 = message.f36;
                if (message.f37 != null && $Object.hasOwnProperty.call(message, "f37"))
                    object.f37 = message.f37;
                if (message.f38 != null && $Object.hasOwnProperty.call(message, "f38"))
                    object.f38 = message.f38;
                if (message.f39 != null && $Object.hasOwnProperty.call(message, "f39"))
                    object.f39 = options.json && !$isFinite(message.f39) ? $String(message.f39) : message.f39;
                if (message.f40 != null && $Object.hasOwnProperty.call(message, "f40"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.f40 = typeof message.f40 === "number" ? $BigInt(message.f40) : $util.Long.fromBits(message.f40.low >>> 0, message.f40.high >>> 0, false).toBigInt();
                    else if (typeof message.f40 === "number")
                        object.f40 = options.longs === $String ? $String(message.f40) : message.f40;
                    else
                        object.f40 = options.longs === $String ? $util.Long.prototype.toString.call(message.f40) : options.longs === $Number ? new $util.LongBits(message.f40.low >>> 0, message.f40.high >>> 0).toNumber() : message.f40;
                return object;
            };

            /**
             * Converts this Sparse to JSON.
             * @function toJSON
             * @memberof protowire.bench.Sparse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Sparse.prototype.toJSON = function() {
                return Sparse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Sparse
             * @function getTypeUrl
             * @memberof protowire.bench.Sparse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Sparse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.Sparse";
            };

            return Sparse;
        })();

        bench.Node = (function() {

            /**
             * Properties of a Node.
             * @typedef {Object} protowire.bench.Node.$Properties
             * @property {string|null} [name] Node name
             * @property {number|null} [value] Node value
             * @property {protowire.bench.Node.$Properties|null} [child] Node child
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Node.
             * @memberof protowire.bench
             * @interface INode
             * @augments protowire.bench.Node.$Properties
             * @deprecated Use protowire.bench.Node.$Properties instead.
             */

            /**
             * Shape of a Node.
             * @typedef {protowire.bench.Node.$Properties} protowire.bench.Node.$Shape
             */

            /**
             * Constructs a new Node.
             * @memberof protowire.bench
             * @classdesc Represents a Node.
             * @constructor
             * @param {protowire.bench.Node.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Node = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Node name.
             * @member {string} name
             * @memberof protowire.bench.Node
             * @instance
             */
            Node.prototype.name = "";

            /**
             * Node value.
             * @member {number} value
             * @memberof protowire.bench.Node
             * @instance
             */
            Node.prototype.value = 0;

            /**
             * Node child.
             * @member {protowire.bench.Node.$Properties|null|undefined} child
             * @memberof protowire.bench.Node
             * @instance
             */
            Node.prototype.child = null;

            /**
             * Creates a new Node instance using the specified properties.
             * @function create
             * @memberof protowire.bench.Node
             * @static
             * @param {protowire.bench.Node.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.Node} Node instance
             * @type {{
             *   (properties: protowire.bench.Node.$Shape): protowire.bench.Node & protowire.bench.Node.$Shape;
             *   (properties?: protowire.bench.Node.$Properties): protowire.bench.Node;
             * }}
             */
            Node.create = function(properties) {
                return new Node(properties);
            };

            /**
             * Encodes the specified Node message. Does not implicitly {@link protowire.bench.Node.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.Node
             * @static
             * @param {protowire.bench.Node.$Properties} message Node message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Node.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.value);
                if (message.child != null && $Object.hasOwnProperty.call(message, "child"))
                    $root.protowire.bench.Node.encode(message.child, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Node message, length delimited. Does not implicitly {@link protowire.bench.Node.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.Node
             * @static
             * @param {protowire.bench.Node.$Properties} message Node message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Node.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Node message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.Node
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.Node & protowire.bench.Node.$Shape} Node
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Node.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.protowire.bench.Node();
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
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.child = $root.protowire.bench.Node.decode(reader, reader.size(), $undefined, _depth + 1, message.child);
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
             * Decodes a Node message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.Node
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.Node & protowire.bench.Node.$Shape} Node
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Node.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Node message.
             * @function verify
             * @memberof protowire.bench.Node
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Node.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value))
                        return "value: integer expected";
                if (message.child != null && $Object.hasOwnProperty.call(message, "child")) {
                    let error = $root.protowire.bench.Node.verify(message.child, _depth + 1);
                    if (error)
                        return "child." + error;
                }
                return null;
            };

            /**
             * Creates a Node message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.Node
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.Node} Node
             */
            Node.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.Node)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.Node: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.Node();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.value != null)
                    if ($Number(object.value) !== 0)
                        message.value = object.value | 0;
                if (object.child != null) {
                    if (!$util.isObject(object.child))
                        throw $TypeError(".protowire.bench.Node.child: object expected");
                    message.child = $root.protowire.bench.Node.fromObject(object.child, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Node message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.Node
             * @static
             * @param {protowire.bench.Node} message Node
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Node.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.value = 0;
                    object.child = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message.child != null && $Object.hasOwnProperty.call(message, "child"))
                    object.child = $root.protowire.bench.Node.toObject(message.child, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Node to JSON.
             * @function toJSON
             * @memberof protowire.bench.Node
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Node.prototype.toJSON = function() {
                return Node.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Node
             * @function getTypeUrl
             * @memberof protowire.bench.Node
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Node.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.Node";
            };

            return Node;
        })();

        bench.Index = (function() {

            /**
             * Properties of an Index.
             * @typedef {Object} protowire.bench.Index.$Properties
             * @property {Object.<string,string>|null} [entries] Index entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Index.
             * @memberof protowire.bench
             * @interface IIndex
             * @augments protowire.bench.Index.$Properties
             * @deprecated Use protowire.bench.Index.$Properties instead.
             */

            /**
             * Shape of an Index.
             * @typedef {protowire.bench.Index.$Properties} protowire.bench.Index.$Shape
             */

            /**
             * Constructs a new Index.
             * @memberof protowire.bench
             * @classdesc Represents an Index.
             * @constructor
             * @param {protowire.bench.Index.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Index = function (properties) {
                this.entries = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Index entries.
             * @member {Object.<string,string>} entries
             * @memberof protowire.bench.Index
             * @instance
             */
            Index.prototype.entries = $util.emptyObject;

            /**
             * Creates a new Index instance using the specified properties.
             * @function create
             * @memberof protowire.bench.Index
             * @static
             * @param {protowire.bench.Index.$Properties=} [properties] Properties to set
             * @returns {protowire.bench.Index} Index instance
             * @type {{
             *   (properties: protowire.bench.Index.$Shape): protowire.bench.Index & protowire.bench.Index.$Shape;
             *   (properties?: protowire.bench.Index.$Properties): protowire.bench.Index;
             * }}
             */
            Index.create = function(properties) {
                return new Index(properties);
            };

            /**
             * Encodes the specified Index message. Does not implicitly {@link protowire.bench.Index.verify|verify} messages.
             * @function encode
             * @memberof protowire.bench.Index
             * @static
             * @param {protowire.bench.Index.$Properties} message Index message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Index.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries"))
                    for (let keys = $Object.keys(message.entries), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.entries[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Index message, length delimited. Does not implicitly {@link protowire.bench.Index.verify|verify} messages.
             * @function encodeDelimited
             * @memberof protowire.bench.Index
             * @static
             * @param {protowire.bench.Index.$Properties} message Index message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Index.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Index message from the specified reader or buffer.
             * @function decode
             * @memberof protowire.bench.Index
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {protowire.bench.Index & protowire.bench.Index.$Shape} Index
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Index.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.protowire.bench.Index();
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
                            if (message.entries === $util.emptyObject)
                                message.entries = {};
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
                                $util.makeProp(message.entries, key);
                            message.entries[key] = value;
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
             * Decodes an Index message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof protowire.bench.Index
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {protowire.bench.Index & protowire.bench.Index.$Shape} Index
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Index.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Index message.
             * @function verify
             * @memberof protowire.bench.Index
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Index.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                    if (!$util.isObject(message.entries))
                        return "entries: object expected";
                    let key = $Object.keys(message.entries);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.entries[key[i]]))
                            return "entries: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates an Index message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof protowire.bench.Index
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {protowire.bench.Index} Index
             */
            Index.fromObject = function (object, _depth) {
                if (object instanceof $root.protowire.bench.Index)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".protowire.bench.Index: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.protowire.bench.Index();
                if (object.entries) {
                    if (!$util.isObject(object.entries))
                        throw $TypeError(".protowire.bench.Index.entries: object expected");
                    message.entries = {};
                    for (let keys = $Object.keys(object.entries), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.entries, keys[i]);
                        message.entries[keys[i]] = $String(object.entries[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Index message. Also converts values to other types if specified.
             * @function toObject
             * @memberof protowire.bench.Index
             * @static
             * @param {protowire.bench.Index} message Index
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Index.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.entries = {};
                let keys2;
                if (message.entries && (keys2 = $Object.keys(message.entries)).length) {
                    object.entries = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.entries, keys2[j]);
                        object.entries[keys2[j]] = message.entries[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Index to JSON.
             * @function toJSON
             * @memberof protowire.bench.Index
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Index.prototype.toJSON = function() {
                return Index.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Index
             * @function getTypeUrl
             * @memberof protowire.bench.Index
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Index.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/protowire.bench.Index";
            };

            return Index;
        })();

        return bench;
    })();

    return protowire;
})();

export {
  $root as default
};
