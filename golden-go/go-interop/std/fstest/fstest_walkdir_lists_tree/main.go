package main

import (
	"fmt"
	"io/fs"
	lisette "lisette.dev/prelude"
	"strings"
	"testing/fstest"
	"time"
)

func file(text string) lisette.Option[*fstest.MapFile] {
	f := fstest.MapFile{Data: []byte(text), Mode: 0o644, ModTime: time.Unix(int64(0), int64(0)), Sys: struct{}{}}
	return lisette.MakeOptionSome[*fstest.MapFile](&f)
}

func main() {
	fsys := fstest.MapFS(lisette.MapConvert(lisette.MapFrom([]lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "src/main.go", Second: file("package main")}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "src/util/strings.go", Second: file("package util")}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "docs/guide.md", Second: file("guide")}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "go.mod", Second: file("module demo")}}), func(x lisette.Option[*fstest.MapFile]) *fstest.MapFile {
		return lisette.Nilable(x)
	}))
	files := 0
	result := lisette.ResultOfErr(fs.WalkDir(fsys, ".", func(p0 string, p1 fs.DirEntry, p2 error) error {
		return lisette.ResultToGoErr((func(path string, d fs.DirEntry, err lisette.Option[error]) lisette.Result[struct{}, error] {
			if err.Tag == lisette.OptionSome {
				e := err.SomeVal
				return lisette.MakeResultErr[struct{}, error](e)
			}
			var depth int
			if path == "." {
				depth = 0
			} else {
				depth = strings.Count(path, "/") + 1
			}
			var marker string
			if d.IsDir() {
				marker = "/"
			} else {
				marker = ""
			}
			fmt.Printf("%v%v%v\n", strings.Repeat("  ", depth), d.Name(), marker)
			if !d.IsDir() {
				files += 1
			}
			return lisette.MakeResultOk[struct{}, error](struct{}{})
		})(p0, p1, lisette.OptionNilable(p2)))
	}))
	if result.Tag == lisette.ResultOk {
		fmt.Println("files:", files)
	} else {
		e := result.ErrVal
		fmt.Println("walk failed:", e)
	}
}
