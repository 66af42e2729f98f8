package main

import (
	"fmt"
	d "golden/projects/imports/import_alias/store/disk"
)

func main() {
	fmt.Println(d.Blocks(10000))
}
