package report

import (
	"fmt"
	"golden/projects/imports/module_imports_module/units"
)

func Line(label string, bytes int) string {
	return fmt.Sprintf("%v: %v KiB", label, units.Kib(bytes))
}
