package lisette

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// The JSON form of a Lisette enum declared with #[json]: a unit variant is its
// name as a string ("Idle"); a variant with a payload is an object with one
// member named after the variant, whose value is the single tuple payload
// ({"Circle": 1.5}), an array of several tuple payloads ({"Moved": [1, 2]}) or
// an object of the struct-variant fields in declaration order
// ({"Resized": {"w": 3, "h": 4}}). The generated MarshalJSON and UnmarshalJSON
// methods call the helpers below.

// MarshalUnitVariant encodes a unit variant as its name.
func MarshalUnitVariant(name string) ([]byte, error) {
	return json.Marshal(name)
}

// MarshalTupleVariant encodes a tuple variant: {"Name": v} for one payload,
// {"Name": [v0, v1, ...]} for several.
func MarshalTupleVariant(name string, values ...any) ([]byte, error) {
	var payload any = values
	if len(values) == 1 {
		payload = values[0]
	}
	inner, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	return wrapVariant(name, inner)
}

// MarshalStructVariant encodes a struct variant as {"Name": {"field": v, ...}},
// the fields in the order given.
func MarshalStructVariant(name string, fields []string, values ...any) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(f)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(values[i])
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return wrapVariant(name, b.Bytes())
}

func wrapVariant(name string, inner []byte) ([]byte, error) {
	k, err := json.Marshal(name)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(k)+len(inner)+3)
	out = append(out, '{')
	out = append(out, k...)
	out = append(out, ':')
	out = append(out, inner...)
	return append(out, '}'), nil
}

// UnmarshalVariant splits the JSON form of an enum value into the variant's
// name and its payload (nil for the string form of a unit variant).
func UnmarshalVariant(data []byte) (string, json.RawMessage, error) {
	var name string
	if err := json.Unmarshal(data, &name); err == nil {
		return name, nil, nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil || len(obj) != 1 {
		return "", nil, fmt.Errorf("lisette: an enum value is a variant name or an object with one member, not %s", data)
	}
	for k, v := range obj {
		return k, v, nil
	}
	panic("unreachable")
}

// UnmarshalTuplePayload decodes the payload of a tuple variant into targets:
// one target takes the payload itself, several take the elements of an array
// of exactly that length; no target (a unit variant) takes no payload.
func UnmarshalTuplePayload(name string, payload json.RawMessage, targets ...any) error {
	switch {
	case len(targets) == 0:
		if payload != nil {
			return fmt.Errorf("lisette: variant %s has no payload", name)
		}
		return nil
	case payload == nil:
		return fmt.Errorf("lisette: variant %s needs a payload", name)
	case len(targets) == 1:
		return json.Unmarshal(payload, targets[0])
	}
	var elems []json.RawMessage
	if err := json.Unmarshal(payload, &elems); err != nil {
		return err
	}
	if len(elems) != len(targets) {
		return fmt.Errorf("lisette: variant %s takes %d values, found %d", name, len(targets), len(elems))
	}
	for i, e := range elems {
		if err := json.Unmarshal(e, targets[i]); err != nil {
			return err
		}
	}
	return nil
}

// UnmarshalStructPayload decodes the object payload of a struct variant into
// targets, one per field name; every field must be present.
func UnmarshalStructPayload(name string, payload json.RawMessage, fields []string, targets ...any) error {
	if payload == nil {
		return fmt.Errorf("lisette: variant %s needs a payload", name)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(payload, &obj); err != nil {
		return err
	}
	for i, f := range fields {
		raw, ok := obj[f]
		if !ok {
			return fmt.Errorf("lisette: variant %s is missing field %s", name, f)
		}
		if err := json.Unmarshal(raw, targets[i]); err != nil {
			return err
		}
	}
	return nil
}

// UnknownVariant is the error for a variant name the enum does not have.
func UnknownVariant(enum, name string) error {
	return fmt.Errorf("lisette: %s has no variant %q", enum, name)
}
