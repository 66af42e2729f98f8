package main

import (
	"fmt"
	"golden/projects/tuplestructs/newtype_ids_keep_types_apart/ids"
)

func main() {
	u := ids.UserId(42)
	o := ids.Order_for(u)
	fmt.Println(u, o, int(o)-int(u))
}
