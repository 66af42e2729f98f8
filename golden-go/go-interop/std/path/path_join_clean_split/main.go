package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"path"
)

func main() {
	fmt.Println(path.Join("a", "b/../c", "/d"))
	fmt.Println(path.Join("", ""), path.Join(), path.Join("/", "x"))
	fmt.Println(path.Clean("/../a//b/./c/"), path.Clean(""))
	fmt.Println(path.Base("/srv/www/index.html"), path.Dir("/srv/www/index.html"), path.Ext("archive.tar.gz"))
	fmt.Println(path.Base(""), path.Base("/"), path.Dir("file"))
	subject := lisette.MakeTuple2(path.Split("static/css/site.css"))
	dir := subject.First
	file := subject.Second
	fmt.Println(dir, file)
	fmt.Println(path.IsAbs("/etc"), path.IsAbs("etc"))
}
