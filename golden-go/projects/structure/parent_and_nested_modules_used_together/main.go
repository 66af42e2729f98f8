package main

import (
	"fmt"
	"golden/projects/structure/parent_and_nested_modules_used_together/store"
	"golden/projects/structure/parent_and_nested_modules_used_together/store/disk"
)

func main() {
	fmt.Println(store.Bucket("logs"))
	bs := disk.Blocks(9000)
	fmt.Println(len(bs), bs[2])
}
