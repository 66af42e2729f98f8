package main

import (
	"fmt"
	"golden/projects/imports/nested_module_binds_last_segment/store/disk"
)

func main() {
	fmt.Println(disk.Path("report"))
}
