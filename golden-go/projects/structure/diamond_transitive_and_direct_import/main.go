package main

import (
	"fmt"
	"golden/projects/structure/diamond_transitive_and_direct_import/core"
	"golden/projects/structure/diamond_transitive_and_direct_import/repo"
)

func main() {
	a := repo.First()
	b := core.Next(a)
	fmt.Println(a == core.Id{N: 100}, b)
}
