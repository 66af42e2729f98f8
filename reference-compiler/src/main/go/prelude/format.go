package lisette

import (
	"fmt"
	"strconv"
	"strings"
)

// FormatValue renders v as a payload inside Lisette syntax: strings quoted (Go %q), errors as their quoted Error() text, the unit value as (), anything else with %v.
func FormatValue(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	var b strings.Builder
	writeValue(&b, v)
	return b.String()
}

// writeValue appends the FormatValue rendering of v to b.
func writeValue(b *strings.Builder, v any) {
	switch x := v.(type) {
	case string:
		b.WriteString(strconv.Quote(x))
	case struct{}:
		// Lisette's unit value: Ok(()), Some(())
		b.WriteString("()")
	case error:
		// fmt calls Error() for %q and recovers from panics in it
		// (a typed-nil receiver prints <nil>).
		fmt.Fprintf(b, "%q", x)
	default:
		fmt.Fprint(b, x)
	}
}
