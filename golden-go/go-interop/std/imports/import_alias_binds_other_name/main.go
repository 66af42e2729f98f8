package main

import (
	"fmt"
	fp "path/filepath"
	str "strings"
)

func main() {
	fmt.Println(str.ToUpper("quiet"), str.Repeat("ab", 3))
	fmt.Println(fp.Ext("archive.tar.gz"))
}
