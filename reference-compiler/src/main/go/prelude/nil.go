package lisette

import "reflect"

// IsNilInterface reports whether v is nil or an interface holding a nil pointer, map, slice, func, channel or unsafe pointer (a "typed nil").
func IsNilInterface(v any) bool {
	if v == nil {
		return true
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.UnsafePointer, reflect.Interface:
		return rv.IsNil()
	}
	return false
}
