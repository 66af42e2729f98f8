package main

import (
	"fmt"
	"io/fs"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
)

func main() {
	var dir string
	subject := lisette.ResultOf(os.MkdirTemp("", "lis-b-dirfs-*"))
	if subject.Tag != lisette.ResultOk {
		return
	}
	d := subject.OkVal
	dir = d
	_ = os.MkdirAll(filepath.Join(dir, "posts"), 0o755)
	_ = os.WriteFile(filepath.Join(dir, "posts", "2024-01-hello.md"), []byte("# Hello\n"), 0o644)
	_ = os.WriteFile(filepath.Join(dir, "posts", "2024-02-update.md"), []byte("# Update\n"), 0o644)
	_ = os.WriteFile(filepath.Join(dir, "index.html"), []byte("<html></html>"), 0o644)
	site := os.DirFS(dir)
	subject2 := lisette.ResultOf(fs.Glob(site, "posts/*.md"))
	if subject2.Tag == lisette.ResultOk {
		posts := subject2.OkVal
		for _, p := range posts {
			subject3 := lisette.ResultOf(fs.ReadFile(site, p))
			if subject3.Tag == lisette.ResultOk {
				data := subject3.OkVal
				fmt.Print(p, ": ", string(data))
			} else {
				e := subject3.ErrVal
				fmt.Println(e)
			}
		}
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	count := 0
	_ = fs.WalkDir(site, ".", func(p0 string, p1 fs.DirEntry, p2 error) error {
		return lisette.ResultToGoErr((func(_path string, d fs.DirEntry, _err lisette.Option[error]) lisette.Result[struct{}, error] {
			if !d.IsDir() {
				count += 1
			}
			return lisette.MakeResultOk[struct{}, error](struct{}{})
		})(p0, p1, lisette.OptionNilable(p2)))
	})
	fmt.Println("files:", count)
	subject4 := lisette.ResultOf(fs.ReadFile(site, "../escape.txt"))
	if subject4.Tag == lisette.ResultOk {
		fmt.Println("escaped!")
	} else {
		e := subject4.ErrVal
		fmt.Println("invalid:", fs.ValidPath("../escape.txt"), e)
	}
	_ = os.RemoveAll(dir)
}
