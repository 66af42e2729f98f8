package main

import (
	"fmt"
	bd "golden/projects/structure/same_last_segment_modules_through_aliases/backup/disk"
	sd "golden/projects/structure/same_last_segment_modules_through_aliases/store/disk"
)

func main() {
	a := sd.Origin()
	b := bd.Copy_of(a.Id)
	fmt.Println(a, b)
}
