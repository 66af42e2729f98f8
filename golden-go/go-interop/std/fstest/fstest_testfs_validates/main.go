package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"testing/fstest"
	"time"
)

func file(text string) lisette.Option[*fstest.MapFile] {
	f := fstest.MapFile{Data: []byte(text), Mode: 0o644, ModTime: time.Unix(int64(0), int64(0)), Sys: struct{}{}}
	return lisette.MakeOptionSome[*fstest.MapFile](&f)
}

func main() {
	fsys := fstest.MapFS(lisette.MapConvert(lisette.MapFrom([]lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "a.txt", Second: file("A")}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "dir/b.txt", Second: file("B")}}), func(x lisette.Option[*fstest.MapFile]) *fstest.MapFile {
		return lisette.Nilable(x)
	}))
	subject := lisette.ResultOfErr(fstest.TestFS(fsys, "a.txt", "dir/b.txt"))
	if subject.Tag == lisette.ResultOk {
		fmt.Println("fs ok")
	} else {
		e := subject.ErrVal
		fmt.Println("fs broken:", e)
	}
	subject2 := lisette.ResultOfErr(fstest.TestFS(fsys, "c.txt"))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println("c.txt found?")
	} else {
		fmt.Println("c.txt missing")
	}
}
