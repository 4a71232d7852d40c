import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace protowire. */
export namespace protowire {

    /** Namespace bench. */
    namespace bench {

        /** Status enum. */
        enum Status {

            /** STATUS_UNSPECIFIED value */
            STATUS_UNSPECIFIED = 0,

            /** STATUS_ACTIVE value */
            STATUS_ACTIVE = 1,

            /** STATUS_SUSPENDED value */
            STATUS_SUSPENDED = 2,

            /** STATUS_DELETED value */
            STATUS_DELETED = 3
        }

        /**
         * Properties of a SmallRequest.
         * @deprecated Use protowire.bench.SmallRequest.$Properties instead.
         */
        interface ISmallRequest extends protowire.bench.SmallRequest.$Properties {
        }

        /** Represents a SmallRequest. */
        class SmallRequest {

            /**
             * Constructs a new SmallRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.SmallRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SmallRequest pageSize. */
            pageSize: number;

            /** SmallRequest requestId. */
            requestId: Long;

            /** SmallRequest includeDeleted. */
            includeDeleted: boolean;

            /** SmallRequest status. */
            status: protowire.bench.Status;

            /** SmallRequest query. */
            query: string;

            /** SmallRequest locale. */
            locale: string;

            /** SmallRequest minScore. */
            minScore: number;

            /** SmallRequest pageToken. */
            pageToken: string;

            /**
             * Creates a new SmallRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SmallRequest instance
             */
            static create(properties: protowire.bench.SmallRequest.$Shape): protowire.bench.SmallRequest & protowire.bench.SmallRequest.$Shape;
            static create(properties?: protowire.bench.SmallRequest.$Properties): protowire.bench.SmallRequest;

            /**
             * Encodes the specified SmallRequest message. Does not implicitly {@link protowire.bench.SmallRequest.verify|verify} messages.
             * @param message SmallRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.SmallRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SmallRequest message, length delimited. Does not implicitly {@link protowire.bench.SmallRequest.verify|verify} messages.
             * @param message SmallRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.SmallRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SmallRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.SmallRequest & protowire.bench.SmallRequest.$Shape} SmallRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.SmallRequest & protowire.bench.SmallRequest.$Shape;

            /**
             * Decodes a SmallRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.SmallRequest & protowire.bench.SmallRequest.$Shape} SmallRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.SmallRequest & protowire.bench.SmallRequest.$Shape;

            /**
             * Verifies a SmallRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SmallRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SmallRequest
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.SmallRequest;

            /**
             * Creates a plain object from a SmallRequest message. Also converts values to other types if specified.
             * @param message SmallRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.SmallRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SmallRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SmallRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SmallRequest {

            /** Properties of a SmallRequest. */
            interface $Properties {

                /** SmallRequest pageSize */
                pageSize?: (number|null);

                /** SmallRequest requestId */
                requestId?: (Long|null);

                /** SmallRequest includeDeleted */
                includeDeleted?: (boolean|null);

                /** SmallRequest status */
                status?: (protowire.bench.Status|null);

                /** SmallRequest query */
                query?: (string|null);

                /** SmallRequest locale */
                locale?: (string|null);

                /** SmallRequest minScore */
                minScore?: (number|null);

                /** SmallRequest pageToken */
                pageToken?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SmallRequest. */
            type $Shape = protowire.bench.SmallRequest.$Properties;
        }

        /**
         * Properties of an Address.
         * @deprecated Use protowire.bench.Address.$Properties instead.
         */
        interface IAddress extends protowire.bench.Address.$Properties {
        }

        /** Represents an Address. */
        class Address {

            /**
             * Constructs a new Address.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.Address.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Address street. */
            street: string;

            /** Address city. */
            city: string;

            /** Address postalCode. */
            postalCode: string;

            /** Address country. */
            country: string;

            /** Address latitude. */
            latitude: number;

            /** Address longitude. */
            longitude: number;

            /**
             * Creates a new Address instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Address instance
             */
            static create(properties: protowire.bench.Address.$Shape): protowire.bench.Address & protowire.bench.Address.$Shape;
            static create(properties?: protowire.bench.Address.$Properties): protowire.bench.Address;

            /**
             * Encodes the specified Address message. Does not implicitly {@link protowire.bench.Address.verify|verify} messages.
             * @param message Address message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Address message, length delimited. Does not implicitly {@link protowire.bench.Address.verify|verify} messages.
             * @param message Address message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.Address & protowire.bench.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Address & protowire.bench.Address.$Shape;

            /**
             * Decodes an Address message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.Address & protowire.bench.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Address & protowire.bench.Address.$Shape;

            /**
             * Verifies an Address message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Address
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.Address;

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @param message Address
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.Address, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Address to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Address
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Address {

            /** Properties of an Address. */
            interface $Properties {

                /** Address street */
                street?: (string|null);

                /** Address city */
                city?: (string|null);

                /** Address postalCode */
                postalCode?: (string|null);

                /** Address country */
                country?: (string|null);

                /** Address latitude */
                latitude?: (number|null);

                /** Address longitude */
                longitude?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Address. */
            type $Shape = protowire.bench.Address.$Properties;
        }

        /**
         * Properties of a Phone.
         * @deprecated Use protowire.bench.Phone.$Properties instead.
         */
        interface IPhone extends protowire.bench.Phone.$Properties {
        }

        /** Represents a Phone. */
        class Phone {

            /**
             * Constructs a new Phone.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.Phone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Phone number. */
            number: string;

            /** Phone kind. */
            kind: protowire.bench.Phone.Kind;

            /** Phone verified. */
            verified: boolean;

            /**
             * Creates a new Phone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Phone instance
             */
            static create(properties: protowire.bench.Phone.$Shape): protowire.bench.Phone & protowire.bench.Phone.$Shape;
            static create(properties?: protowire.bench.Phone.$Properties): protowire.bench.Phone;

            /**
             * Encodes the specified Phone message. Does not implicitly {@link protowire.bench.Phone.verify|verify} messages.
             * @param message Phone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.Phone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Phone message, length delimited. Does not implicitly {@link protowire.bench.Phone.verify|verify} messages.
             * @param message Phone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.Phone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Phone message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.Phone & protowire.bench.Phone.$Shape} Phone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Phone & protowire.bench.Phone.$Shape;

            /**
             * Decodes a Phone message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.Phone & protowire.bench.Phone.$Shape} Phone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Phone & protowire.bench.Phone.$Shape;

            /**
             * Verifies a Phone message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Phone message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Phone
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.Phone;

            /**
             * Creates a plain object from a Phone message. Also converts values to other types if specified.
             * @param message Phone
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.Phone, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Phone to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Phone
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Phone {

            /** Properties of a Phone. */
            interface $Properties {

                /** Phone number */
                number?: (string|null);

                /** Phone kind */
                kind?: (protowire.bench.Phone.Kind|null);

                /** Phone verified */
                verified?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Phone. */
            type $Shape = protowire.bench.Phone.$Properties;

            /** Kind enum. */
            enum Kind {

                /** KIND_UNSPECIFIED value */
                KIND_UNSPECIFIED = 0,

                /** KIND_MOBILE value */
                KIND_MOBILE = 1,

                /** KIND_HOME value */
                KIND_HOME = 2,

                /** KIND_WORK value */
                KIND_WORK = 3
            }
        }

        /**
         * Properties of a User.
         * @deprecated Use protowire.bench.User.$Properties instead.
         */
        interface IUser extends protowire.bench.User.$Properties {
        }

        /** Represents a User. */
        class User {

            /**
             * Constructs a new User.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.User.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** User id. */
            id: Long;

            /** User name. */
            name: string;

            /** User email. */
            email: string;

            /** User address. */
            address?: (protowire.bench.Address.$Properties|null);

            /** User tags. */
            tags: string[];

            /** User attributes. */
            attributes: { [k: string]: string };

            /** User balance. */
            balance: Long;

            /** User sessionToken. */
            sessionToken: Long;

            /** User phones. */
            phones: protowire.bench.Phone.$Properties[];

            /** User status. */
            status: protowire.bench.Status;

            /** User age. */
            age: number;

            /** User verified. */
            verified: boolean;

            /** User rating. */
            rating: number;

            /** User createdAt. */
            createdAt: Long;

            /** User bio. */
            bio: string;

            /**
             * Creates a new User instance using the specified properties.
             * @param [properties] Properties to set
             * @returns User instance
             */
            static create(properties: protowire.bench.User.$Shape): protowire.bench.User & protowire.bench.User.$Shape;
            static create(properties?: protowire.bench.User.$Properties): protowire.bench.User;

            /**
             * Encodes the specified User message. Does not implicitly {@link protowire.bench.User.verify|verify} messages.
             * @param message User message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.User.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified User message, length delimited. Does not implicitly {@link protowire.bench.User.verify|verify} messages.
             * @param message User message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.User.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a User message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.User & protowire.bench.User.$Shape} User
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.User & protowire.bench.User.$Shape;

            /**
             * Decodes a User message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.User & protowire.bench.User.$Shape} User
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.User & protowire.bench.User.$Shape;

            /**
             * Verifies a User message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a User message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns User
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.User;

            /**
             * Creates a plain object from a User message. Also converts values to other types if specified.
             * @param message User
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.User, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this User to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for User
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace User {

            /** Properties of a User. */
            interface $Properties {

                /** User id */
                id?: (Long|null);

                /** User name */
                name?: (string|null);

                /** User email */
                email?: (string|null);

                /** User address */
                address?: (protowire.bench.Address.$Properties|null);

                /** User tags */
                tags?: (string[]|null);

                /** User attributes */
                attributes?: ({ [k: string]: string }|null);

                /** User balance */
                balance?: (Long|null);

                /** User sessionToken */
                sessionToken?: (Long|null);

                /** User phones */
                phones?: (protowire.bench.Phone.$Properties[]|null);

                /** User status */
                status?: (protowire.bench.Status|null);

                /** User age */
                age?: (number|null);

                /** User verified */
                verified?: (boolean|null);

                /** User rating */
                rating?: (number|null);

                /** User createdAt */
                createdAt?: (Long|null);

                /** User bio */
                bio?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a User. */
            type $Shape = protowire.bench.User.$Properties;
        }

        /**
         * Properties of a Numeric.
         * @deprecated Use protowire.bench.Numeric.$Properties instead.
         */
        interface INumeric extends protowire.bench.Numeric.$Properties {
        }

        /** Represents a Numeric. */
        class Numeric {

            /**
             * Constructs a new Numeric.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.Numeric.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Numeric ints. */
            ints: number[];

            /** Numeric doubles. */
            doubles: number[];

            /** Numeric sints. */
            sints: Long[];

            /**
             * Creates a new Numeric instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Numeric instance
             */
            static create(properties: protowire.bench.Numeric.$Shape): protowire.bench.Numeric & protowire.bench.Numeric.$Shape;
            static create(properties?: protowire.bench.Numeric.$Properties): protowire.bench.Numeric;

            /**
             * Encodes the specified Numeric message. Does not implicitly {@link protowire.bench.Numeric.verify|verify} messages.
             * @param message Numeric message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.Numeric.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Numeric message, length delimited. Does not implicitly {@link protowire.bench.Numeric.verify|verify} messages.
             * @param message Numeric message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.Numeric.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Numeric message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.Numeric & protowire.bench.Numeric.$Shape} Numeric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Numeric & protowire.bench.Numeric.$Shape;

            /**
             * Decodes a Numeric message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.Numeric & protowire.bench.Numeric.$Shape} Numeric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Numeric & protowire.bench.Numeric.$Shape;

            /**
             * Verifies a Numeric message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Numeric message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Numeric
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.Numeric;

            /**
             * Creates a plain object from a Numeric message. Also converts values to other types if specified.
             * @param message Numeric
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.Numeric, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Numeric to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Numeric
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Numeric {

            /** Properties of a Numeric. */
            interface $Properties {

                /** Numeric ints */
                ints?: (number[]|null);

                /** Numeric doubles */
                doubles?: (number[]|null);

                /** Numeric sints */
                sints?: (Long[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Numeric. */
            type $Shape = protowire.bench.Numeric.$Properties;
        }

        /**
         * Properties of a Strings.
         * @deprecated Use protowire.bench.Strings.$Properties instead.
         */
        interface IStrings extends protowire.bench.Strings.$Properties {
        }

        /** Represents a Strings. */
        class Strings {

            /**
             * Constructs a new Strings.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.Strings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Strings ascii. */
            ascii: string;

            /** Strings text. */
            text: string;

            /** Strings blob. */
            blob: Uint8Array;

            /**
             * Creates a new Strings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Strings instance
             */
            static create(properties: protowire.bench.Strings.$Shape): protowire.bench.Strings & protowire.bench.Strings.$Shape;
            static create(properties?: protowire.bench.Strings.$Properties): protowire.bench.Strings;

            /**
             * Encodes the specified Strings message. Does not implicitly {@link protowire.bench.Strings.verify|verify} messages.
             * @param message Strings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.Strings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Strings message, length delimited. Does not implicitly {@link protowire.bench.Strings.verify|verify} messages.
             * @param message Strings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.Strings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Strings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.Strings & protowire.bench.Strings.$Shape} Strings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Strings & protowire.bench.Strings.$Shape;

            /**
             * Decodes a Strings message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.Strings & protowire.bench.Strings.$Shape} Strings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Strings & protowire.bench.Strings.$Shape;

            /**
             * Verifies a Strings message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Strings message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Strings
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.Strings;

            /**
             * Creates a plain object from a Strings message. Also converts values to other types if specified.
             * @param message Strings
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.Strings, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Strings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Strings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Strings {

            /** Properties of a Strings. */
            interface $Properties {

                /** Strings ascii */
                ascii?: (string|null);

                /** Strings text */
                text?: (string|null);

                /** Strings blob */
                blob?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Strings. */
            type $Shape = protowire.bench.Strings.$Properties;
        }

        /**
         * Properties of a Blob.
         * @deprecated Use protowire.bench.Blob.$Properties instead.
         */
        interface IBlob extends protowire.bench.Blob.$Properties {
        }

        /** Represents a Blob. */
        class Blob {

            /**
             * Constructs a new Blob.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.Blob.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Blob ascii. */
            ascii: string;

            /** Blob latin1. */
            latin1: string;

            /** Blob text. */
            text: string;

            /** Blob keywords. */
            keywords: string[];

            /** Blob payload. */
            payload: Uint8Array;

            /** Blob digest. */
            digest: Uint8Array;

            /**
             * Creates a new Blob instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Blob instance
             */
            static create(properties: protowire.bench.Blob.$Shape): protowire.bench.Blob & protowire.bench.Blob.$Shape;
            static create(properties?: protowire.bench.Blob.$Properties): protowire.bench.Blob;

            /**
             * Encodes the specified Blob message. Does not implicitly {@link protowire.bench.Blob.verify|verify} messages.
             * @param message Blob message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.Blob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Blob message, length delimited. Does not implicitly {@link protowire.bench.Blob.verify|verify} messages.
             * @param message Blob message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.Blob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Blob message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.Blob & protowire.bench.Blob.$Shape} Blob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Blob & protowire.bench.Blob.$Shape;

            /**
             * Decodes a Blob message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.Blob & protowire.bench.Blob.$Shape} Blob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Blob & protowire.bench.Blob.$Shape;

            /**
             * Verifies a Blob message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Blob message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Blob
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.Blob;

            /**
             * Creates a plain object from a Blob message. Also converts values to other types if specified.
             * @param message Blob
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.Blob, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Blob to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Blob
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Blob {

            /** Properties of a Blob. */
            interface $Properties {

                /** Blob ascii */
                ascii?: (string|null);

                /** Blob latin1 */
                latin1?: (string|null);

                /** Blob text */
                text?: (string|null);

                /** Blob keywords */
                keywords?: (string[]|null);

                /** Blob payload */
                payload?: (Uint8Array|null);

                /** Blob digest */
                digest?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Blob. */
            type $Shape = protowire.bench.Blob.$Properties;
        }

        /**
         * Properties of a Batch.
         * @deprecated Use protowire.bench.Batch.$Properties instead.
         */
        interface IBatch extends protowire.bench.Batch.$Properties {
        }

        /** Represents a Batch. */
        class Batch {

            /**
             * Constructs a new Batch.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.Batch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Batch users. */
            users: protowire.bench.User.$Properties[];

            /**
             * Creates a new Batch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Batch instance
             */
            static create(properties: protowire.bench.Batch.$Shape): protowire.bench.Batch & protowire.bench.Batch.$Shape;
            static create(properties?: protowire.bench.Batch.$Properties): protowire.bench.Batch;

            /**
             * Encodes the specified Batch message. Does not implicitly {@link protowire.bench.Batch.verify|verify} messages.
             * @param message Batch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.Batch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Batch message, length delimited. Does not implicitly {@link protowire.bench.Batch.verify|verify} messages.
             * @param message Batch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.Batch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Batch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.Batch & protowire.bench.Batch.$Shape} Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Batch & protowire.bench.Batch.$Shape;

            /**
             * Decodes a Batch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.Batch & protowire.bench.Batch.$Shape} Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Batch & protowire.bench.Batch.$Shape;

            /**
             * Verifies a Batch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Batch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Batch
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.Batch;

            /**
             * Creates a plain object from a Batch message. Also converts values to other types if specified.
             * @param message Batch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.Batch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Batch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Batch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Batch {

            /** Properties of a Batch. */
            interface $Properties {

                /** Batch users */
                users?: (protowire.bench.User.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Batch. */
            type $Shape = protowire.bench.Batch.$Properties;
        }

        /**
         * Properties of a Test.
         * @deprecated Use protowire.bench.Test.$Properties instead.
         */
        interface ITest extends protowire.bench.Test.$Properties {
        }

        /** Represents a Test. */
        class Test {

            /**
             * Constructs a new Test.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.Test.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Test string. */
            string: string;

            /** Test uint32. */
            uint32: number;

            /** Test inner. */
            inner?: (protowire.bench.Test.Inner.$Properties|null);

            /** Test float. */
            float: number;

            /**
             * Creates a new Test instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Test instance
             */
            static create(properties: protowire.bench.Test.$Shape): protowire.bench.Test & protowire.bench.Test.$Shape;
            static create(properties?: protowire.bench.Test.$Properties): protowire.bench.Test;

            /**
             * Encodes the specified Test message. Does not implicitly {@link protowire.bench.Test.verify|verify} messages.
             * @param message Test message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.Test.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Test message, length delimited. Does not implicitly {@link protowire.bench.Test.verify|verify} messages.
             * @param message Test message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.Test.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Test message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.Test & protowire.bench.Test.$Shape} Test
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Test & protowire.bench.Test.$Shape;

            /**
             * Decodes a Test message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.Test & protowire.bench.Test.$Shape} Test
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Test & protowire.bench.Test.$Shape;

            /**
             * Verifies a Test message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Test message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Test
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.Test;

            /**
             * Creates a plain object from a Test message. Also converts values to other types if specified.
             * @param message Test
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.Test, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Test to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Test
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Test {

            /** Properties of a Test. */
            interface $Properties {

                /** Test string */
                string?: (string|null);

                /** Test uint32 */
                uint32?: (number|null);

                /** Test inner */
                inner?: (protowire.bench.Test.Inner.$Properties|null);

                /** Test float */
                float?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Test. */
            type $Shape = protowire.bench.Test.$Properties;

            /**
             * Properties of an Inner.
             * @deprecated Use protowire.bench.Test.Inner.$Properties instead.
             */
            interface IInner extends protowire.bench.Test.Inner.$Properties {
            }

            /** Represents an Inner. */
            class Inner {

                /**
                 * Constructs a new Inner.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: protowire.bench.Test.Inner.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Inner int32. */
                int32: number;

                /** Inner innerInner. */
                innerInner?: (protowire.bench.Test.Inner.InnerInner.$Properties|null);

                /** Inner outer. */
                outer?: (protowire.bench.Outer.$Properties|null);

                /**
                 * Creates a new Inner instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Inner instance
                 */
                static create(properties: protowire.bench.Test.Inner.$Shape): protowire.bench.Test.Inner & protowire.bench.Test.Inner.$Shape;
                static create(properties?: protowire.bench.Test.Inner.$Properties): protowire.bench.Test.Inner;

                /**
                 * Encodes the specified Inner message. Does not implicitly {@link protowire.bench.Test.Inner.verify|verify} messages.
                 * @param message Inner message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: protowire.bench.Test.Inner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Inner message, length delimited. Does not implicitly {@link protowire.bench.Test.Inner.verify|verify} messages.
                 * @param message Inner message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: protowire.bench.Test.Inner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Inner message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {protowire.bench.Test.Inner & protowire.bench.Test.Inner.$Shape} Inner
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Test.Inner & protowire.bench.Test.Inner.$Shape;

                /**
                 * Decodes an Inner message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {protowire.bench.Test.Inner & protowire.bench.Test.Inner.$Shape} Inner
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Test.Inner & protowire.bench.Test.Inner.$Shape;

                /**
                 * Verifies an Inner message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Inner message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Inner
                 */
                static fromObject(object: { [k: string]: any }): protowire.bench.Test.Inner;

                /**
                 * Creates a plain object from an Inner message. Also converts values to other types if specified.
                 * @param message Inner
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: protowire.bench.Test.Inner, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Inner to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Inner
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Inner {

                /** Properties of an Inner. */
                interface $Properties {

                    /** Inner int32 */
                    int32?: (number|null);

                    /** Inner innerInner */
                    innerInner?: (protowire.bench.Test.Inner.InnerInner.$Properties|null);

                    /** Inner outer */
                    outer?: (protowire.bench.Outer.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Inner. */
                type $Shape = protowire.bench.Test.Inner.$Properties;

                /**
                 * Properties of an InnerInner.
                 * @deprecated Use protowire.bench.Test.Inner.InnerInner.$Properties instead.
                 */
                interface IInnerInner extends protowire.bench.Test.Inner.InnerInner.$Properties {
                }

                /** Represents an InnerInner. */
                class InnerInner {

                    /**
                     * Constructs a new InnerInner.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: protowire.bench.Test.Inner.InnerInner.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** InnerInner long. */
                    long: Long;

                    /** InnerInner enum. */
                    enum: protowire.bench.Test.Enum;

                    /** InnerInner sint32. */
                    sint32: number;

                    /**
                     * Creates a new InnerInner instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns InnerInner instance
                     */
                    static create(properties: protowire.bench.Test.Inner.InnerInner.$Shape): protowire.bench.Test.Inner.InnerInner & protowire.bench.Test.Inner.InnerInner.$Shape;
                    static create(properties?: protowire.bench.Test.Inner.InnerInner.$Properties): protowire.bench.Test.Inner.InnerInner;

                    /**
                     * Encodes the specified InnerInner message. Does not implicitly {@link protowire.bench.Test.Inner.InnerInner.verify|verify} messages.
                     * @param message InnerInner message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: protowire.bench.Test.Inner.InnerInner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified InnerInner message, length delimited. Does not implicitly {@link protowire.bench.Test.Inner.InnerInner.verify|verify} messages.
                     * @param message InnerInner message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: protowire.bench.Test.Inner.InnerInner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an InnerInner message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {protowire.bench.Test.Inner.InnerInner & protowire.bench.Test.Inner.InnerInner.$Shape} InnerInner
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Test.Inner.InnerInner & protowire.bench.Test.Inner.InnerInner.$Shape;

                    /**
                     * Decodes an InnerInner message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {protowire.bench.Test.Inner.InnerInner & protowire.bench.Test.Inner.InnerInner.$Shape} InnerInner
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Test.Inner.InnerInner & protowire.bench.Test.Inner.InnerInner.$Shape;

                    /**
                     * Verifies an InnerInner message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an InnerInner message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns InnerInner
                     */
                    static fromObject(object: { [k: string]: any }): protowire.bench.Test.Inner.InnerInner;

                    /**
                     * Creates a plain object from an InnerInner message. Also converts values to other types if specified.
                     * @param message InnerInner
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: protowire.bench.Test.Inner.InnerInner, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this InnerInner to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for InnerInner
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace InnerInner {

                    /** Properties of an InnerInner. */
                    interface $Properties {

                        /** InnerInner long */
                        long?: (Long|null);

                        /** InnerInner enum */
                        "enum"?: (protowire.bench.Test.Enum|null);

                        /** InnerInner sint32 */
                        sint32?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an InnerInner. */
                    type $Shape = protowire.bench.Test.Inner.InnerInner.$Properties;
                }
            }

            /** Enum enum. */
            enum Enum {

                /** ONE value */
                ONE = 0,

                /** TWO value */
                TWO = 1,

                /** THREE value */
                THREE = 2,

                /** FOUR value */
                FOUR = 3,

                /** FIVE value */
                FIVE = 4
            }
        }

        /**
         * Properties of an Outer.
         * @deprecated Use protowire.bench.Outer.$Properties instead.
         */
        interface IOuter extends protowire.bench.Outer.$Properties {
        }

        /** Represents an Outer. */
        class Outer {

            /**
             * Constructs a new Outer.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.Outer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Outer bool. */
            bool: boolean[];

            /** Outer double. */
            double: number;

            /**
             * Creates a new Outer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Outer instance
             */
            static create(properties: protowire.bench.Outer.$Shape): protowire.bench.Outer & protowire.bench.Outer.$Shape;
            static create(properties?: protowire.bench.Outer.$Properties): protowire.bench.Outer;

            /**
             * Encodes the specified Outer message. Does not implicitly {@link protowire.bench.Outer.verify|verify} messages.
             * @param message Outer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.Outer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Outer message, length delimited. Does not implicitly {@link protowire.bench.Outer.verify|verify} messages.
             * @param message Outer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.Outer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Outer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.Outer & protowire.bench.Outer.$Shape} Outer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Outer & protowire.bench.Outer.$Shape;

            /**
             * Decodes an Outer message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.Outer & protowire.bench.Outer.$Shape} Outer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Outer & protowire.bench.Outer.$Shape;

            /**
             * Verifies an Outer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Outer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Outer
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.Outer;

            /**
             * Creates a plain object from an Outer message. Also converts values to other types if specified.
             * @param message Outer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.Outer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Outer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Outer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Outer {

            /** Properties of an Outer. */
            interface $Properties {

                /** Outer bool */
                bool?: (boolean[]|null);

                /** Outer double */
                double?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Outer. */
            type $Shape = protowire.bench.Outer.$Properties;
        }

        /**
         * Properties of a Sparse.
         * @deprecated Use protowire.bench.Sparse.$Properties instead.
         */
        interface ISparse extends protowire.bench.Sparse.$Properties {
        }

        /** Represents a Sparse. */
        class Sparse {

            /**
             * Constructs a new Sparse.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.Sparse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sparse f1. */
            f1?: (number|null);

            /** Sparse f2. */
            f2?: (string|null);

            /** Sparse f3. */
            f3?: (boolean|null);

            /** Sparse f4. */
            f4?: (number|null);

            /** Sparse f5. */
            f5?: (Long|null);

            /** Sparse f6. */
            f6?: (number|null);

            /** Sparse f7. */
            f7?: (string|null);

            /** Sparse f8. */
            f8?: (boolean|null);

            /** Sparse f9. */
            f9?: (number|null);

            /** Sparse f10. */
            f10?: (Long|null);

            /** Sparse f11. */
            f11?: (number|null);

            /** Sparse f12. */
            f12?: (string|null);

            /** Sparse f13. */
            f13?: (boolean|null);

            /** Sparse f14. */
            f14?: (number|null);

            /** Sparse f15. */
            f15?: (Long|null);

            /** Sparse f16. */
            f16?: (number|null);

            /** Sparse f17. */
            f17?: (string|null);

            /** Sparse f18. */
            f18?: (boolean|null);

            /** Sparse f19. */
            f19?: (number|null);

            /** Sparse f20. */
            f20?: (Long|null);

            /** Sparse f21. */
            f21?: (number|null);

            /** Sparse f22. */
            f22?: (string|null);

            /** Sparse f23. */
            f23?: (boolean|null);

            /** Sparse f24. */
            f24?: (number|null);

            /** Sparse f25. */
            f25?: (Long|null);

            /** Sparse f26. */
            f26?: (number|null);

            /** Sparse f27. */
            f27?: (string|null);

            /** Sparse f28. */
            f28?: (boolean|null);

            /** Sparse f29. */
            f29?: (number|null);

            /** Sparse f30. */
            f30?: (Long|null);

            /** Sparse f31. */
            f31?: (number|null);

            /** Sparse f32. */
            f32?: (string|null);

            /** Sparse f33. */
            f33?: (boolean|null);

            /** Sparse f34. */
            f34?: (number|null);

            /** Sparse f35. */
            f35?: (Long|null);

            /** Sparse f36. */
            f36?: (number|null);

            /** Sparse f37. */
            f37?: (string|null);

            /** Sparse f38. */
            f38?: (boolean|null);

            /** Sparse f39. */
            f39?: (number|null);

            /** Sparse f40. */
            f40?: (Long|null);

            /**
             * Creates a new Sparse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Sparse instance
             */
            static create(properties: protowire.bench.Sparse.$Shape): protowire.bench.Sparse & protowire.bench.Sparse.$Shape;
            static create(properties?: protowire.bench.Sparse.$Properties): protowire.bench.Sparse;

            /**
             * Encodes the specified Sparse message. Does not implicitly {@link protowire.bench.Sparse.verify|verify} messages.
             * @param message Sparse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.Sparse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Sparse message, length delimited. Does not implicitly {@link protowire.bench.Sparse.verify|verify} messages.
             * @param message Sparse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.Sparse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sparse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.Sparse & protowire.bench.Sparse.$Shape} Sparse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Sparse & protowire.bench.Sparse.$Shape;

            /**
             * Decodes a Sparse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.Sparse & protowire.bench.Sparse.$Shape} Sparse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Sparse & protowire.bench.Sparse.$Shape;

            /**
             * Verifies a Sparse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Sparse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Sparse
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.Sparse;

            /**
             * Creates a plain object from a Sparse message. Also converts values to other types if specified.
             * @param message Sparse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.Sparse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Sparse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Sparse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Sparse {

            /** Properties of a Sparse. */
            interface $Properties {

                /** Sparse f1 */
                f1?: (number|null);

                /** Sparse f2 */
                f2?: (string|null);

                /** Sparse f3 */
                f3?: (boolean|null);

                /** Sparse f4 */
                f4?: (number|null);

                /** Sparse f5 */
                f5?: (Long|null);

                /** Sparse f6 */
                f6?: (number|null);

                /** Sparse f7 */
                f7?: (string|null);

                /** Sparse f8 */
                f8?: (boolean|null);

                /** Sparse f9 */
                f9?: (number|null);

                /** Sparse f10 */
                f10?: (Long|null);

                /** Sparse f11 */
                f11?: (number|null);

                /** Sparse f12 */
                f12?: (string|null);

                /** Sparse f13 */
                f13?: (boolean|null);

                /** Sparse f14 */
                f14?: (number|null);

                /** Sparse f15 */
                f15?: (Long|null);

                /** Sparse f16 */
                f16?: (number|null);

                /** Sparse f17 */
                f17?: (string|null);

                /** Sparse f18 */
                f18?: (boolean|null);

                /** Sparse f19 */
                f19?: (number|null);

                /** Sparse f20 */
                f20?: (Long|null);

                /** Sparse f21 */
                f21?: (number|null);

                /** Sparse f22 */
                f22?: (string|null);

                /** Sparse f23 */
                f23?: (boolean|null);

                /** Sparse f24 */
                f24?: (number|null);

                /** Sparse f25 */
                f25?: (Long|null);

                /** Sparse f26 */
                f26?: (number|null);

                /** Sparse f27 */
                f27?: (string|null);

                /** Sparse f28 */
                f28?: (boolean|null);

                /** Sparse f29 */
                f29?: (number|null);

                /** Sparse f30 */
                f30?: (Long|null);

                /** Sparse f31 */
                f31?: (number|null);

                /** Sparse f32 */
                f32?: (string|null);

                /** Sparse f33 */
                f33?: (boolean|null);

                /** Sparse f34 */
                f34?: (number|null);

                /** Sparse f35 */
                f35?: (Long|null);

                /** Sparse f36 */
                f36?: (number|null);

                /** Sparse f37 */
                f37?: (string|null);

                /** Sparse f38 */
                f38?: (boolean|null);

                /** Sparse f39 */
                f39?: (number|null);

                /** Sparse f40 */
                f40?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sparse. */
            type $Shape = protowire.bench.Sparse.$Properties;
        }

        /**
         * Properties of a Node.
         * @deprecated Use protowire.bench.Node.$Properties instead.
         */
        interface INode extends protowire.bench.Node.$Properties {
        }

        /** Represents a Node. */
        class Node {

            /**
             * Constructs a new Node.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.Node.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Node name. */
            name: string;

            /** Node value. */
            value: number;

            /** Node child. */
            child?: (protowire.bench.Node.$Properties|null);

            /**
             * Creates a new Node instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Node instance
             */
            static create(properties: protowire.bench.Node.$Shape): protowire.bench.Node & protowire.bench.Node.$Shape;
            static create(properties?: protowire.bench.Node.$Properties): protowire.bench.Node;

            /**
             * Encodes the specified Node message. Does not implicitly {@link protowire.bench.Node.verify|verify} messages.
             * @param message Node message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Node message, length delimited. Does not implicitly {@link protowire.bench.Node.verify|verify} messages.
             * @param message Node message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Node message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.Node & protowire.bench.Node.$Shape} Node
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Node & protowire.bench.Node.$Shape;

            /**
             * Decodes a Node message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.Node & protowire.bench.Node.$Shape} Node
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Node & protowire.bench.Node.$Shape;

            /**
             * Verifies a Node message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Node message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Node
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.Node;

            /**
             * Creates a plain object from a Node message. Also converts values to other types if specified.
             * @param message Node
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.Node, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Node to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Node
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Node {

            /** Properties of a Node. */
            interface $Properties {

                /** Node name */
                name?: (string|null);

                /** Node value */
                value?: (number|null);

                /** Node child */
                child?: (protowire.bench.Node.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Node. */
            type $Shape = protowire.bench.Node.$Properties;
        }

        /**
         * Properties of an Index.
         * @deprecated Use protowire.bench.Index.$Properties instead.
         */
        interface IIndex extends protowire.bench.Index.$Properties {
        }

        /** Represents an Index. */
        class Index {

            /**
             * Constructs a new Index.
             * @param [properties] Properties to set
             */
            constructor(properties?: protowire.bench.Index.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Index entries. */
            entries: { [k: string]: string };

            /**
             * Creates a new Index instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Index instance
             */
            static create(properties: protowire.bench.Index.$Shape): protowire.bench.Index & protowire.bench.Index.$Shape;
            static create(properties?: protowire.bench.Index.$Properties): protowire.bench.Index;

            /**
             * Encodes the specified Index message. Does not implicitly {@link protowire.bench.Index.verify|verify} messages.
             * @param message Index message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: protowire.bench.Index.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Index message, length delimited. Does not implicitly {@link protowire.bench.Index.verify|verify} messages.
             * @param message Index message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: protowire.bench.Index.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Index message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {protowire.bench.Index & protowire.bench.Index.$Shape} Index
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): protowire.bench.Index & protowire.bench.Index.$Shape;

            /**
             * Decodes an Index message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {protowire.bench.Index & protowire.bench.Index.$Shape} Index
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): protowire.bench.Index & protowire.bench.Index.$Shape;

            /**
             * Verifies an Index message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Index message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Index
             */
            static fromObject(object: { [k: string]: any }): protowire.bench.Index;

            /**
             * Creates a plain object from an Index message. Also converts values to other types if specified.
             * @param message Index
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: protowire.bench.Index, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Index to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Index
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Index {

            /** Properties of an Index. */
            interface $Properties {

                /** Index entries */
                entries?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Index. */
            type $Shape = protowire.bench.Index.$Properties;
        }
    }
}
