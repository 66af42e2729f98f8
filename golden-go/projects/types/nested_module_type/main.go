package main

import (
	"fmt"
	"golden/projects/types/nested_module_type/store/disk"
)

func mark(b disk.Block) disk.Block {
	return disk.Block{Index: b.Index, Used: true}
}

func main() {
	blocks := []disk.Block{disk.Fresh(0), mark(disk.Fresh(1))}
	fmt.Println(blocks)
}
