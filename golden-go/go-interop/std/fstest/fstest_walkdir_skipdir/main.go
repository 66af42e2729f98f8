package main

import (
	"fmt"
	"io/fs"
	lisette "lisette.dev/prelude"
	"testing/fstest"
	"time"
)

func file(text string) lisette.Option[*fstest.MapFile] {
	f := fstest.MapFile{Data: []byte(text), Mode: 0o644, ModTime: time.Unix(int64(0), int64(0)), Sys: struct{}{}}
	return lisette.MakeOptionSome[*fstest.MapFile](&f)
}

func main() {
	fsys := fstest.MapFS(lisette.MapConvert(lisette.MapFrom([]lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "app/main.lis", Second: file("fn main() {}")}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "node_modules/left-pad/index.js", Second: file("x")}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "node_modules/react/index.js", Second: file("y")}, lisette.Tuple2[string, lisette.Option[*fstest.MapFile]]{First: "zeta.txt", Second: file("z")}}), func(x lisette.Option[*fstest.MapFile]) *fstest.MapFile {
		return lisette.Nilable(x)
	}))
	visited := []string{}
	walked := lisette.ResultOfErr(fs.WalkDir(fsys, ".", func(p0 string, p1 fs.DirEntry, p2 error) error {
		return lisette.ResultToGoErr((func(path string, d fs.DirEntry, _err lisette.Option[error]) lisette.Result[struct{}, error] {
			if d.IsDir() && d.Name() == "node_modules" {
				return lisette.MakeResultErr[struct{}, error](fs.SkipDir)
			}
			if !d.IsDir() {
				visited = append(visited, path)
			}
			return lisette.MakeResultOk[struct{}, error](struct{}{})
		})(p0, p1, lisette.OptionNilable(p2)))
	}))
	fmt.Println("ok:", walked.IsOk())
	for _, v := range visited {
		fmt.Println(v)
	}
}
