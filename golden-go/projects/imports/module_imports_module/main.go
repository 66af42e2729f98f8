package main

import (
	"fmt"
	"golden/projects/imports/module_imports_module/report"
	"golden/projects/imports/module_imports_module/units"
)

func main() {
	fmt.Println(report.Line("disk", 3072))
	fmt.Println(units.Kib(2048))
}
