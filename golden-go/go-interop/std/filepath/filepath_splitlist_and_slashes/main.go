package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	list := filepath.SplitList("/usr/local/bin:/usr/bin::/bin")
	fmt.Println(len(list), list)
	fmt.Println(filepath.ToSlash("a/b/c"), filepath.FromSlash("x/y"))
	fmt.Println(filepath.IsAbs("/etc/hosts"), filepath.IsAbs("etc/hosts"))
	fmt.Println(filepath.IsLocal("a/b"), filepath.IsLocal("../a"), filepath.IsLocal("/a"))
	fmt.Printf("list separator %c, separator %c\n", filepath.ListSeparator, filepath.Separator)
}
