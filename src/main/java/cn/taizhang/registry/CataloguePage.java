package cn.taizhang.registry;

import cn.taizhang.registry.person.PersonCategories;
import cn.taizhang.registry.place.PlaceTypes;
import cn.taizhang.registry.project.ProjectKinds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The 系统管理员's page of the registries' catalogues (/admin/registry-catalogues): place types, project kinds and person
 * categories as their {@code GET} answers them, retired entries too, each with the forms that add, edit, retire (停用) and
 * restore them through the API ({@code registry-catalogues.js}).
 */
@Controller
@PreAuthorize("hasRole('SYSADMIN')")
class CataloguePage {

    private final PlaceTypes placeTypes;
    private final ProjectKinds projectKinds;
    private final PersonCategories personCategories;

    CataloguePage(PlaceTypes placeTypes, ProjectKinds projectKinds, PersonCategories personCategories) {
        this.placeTypes = placeTypes;
        this.projectKinds = projectKinds;
        this.personCategories = personCategories;
    }

    @GetMapping("/admin/registry-catalogues")
    String page(Model model) {
        model.addAttribute("placeTypes", placeTypes.all());
        model.addAttribute("projectKinds", projectKinds.all());
        model.addAttribute("personCategories", personCategories.all());
        model.addAttribute("maxPosition", CatalogueEdit.MAX_POSITION);
        return "registry/catalogues";
    }
}
